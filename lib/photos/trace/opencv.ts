/**
 * Lazy, shared loading of opencv.js (WASM). The module is compiled once per process and reused;
 * concurrent callers share one pending load. Its module object is thenable (Emscripten), so it is
 * always handed around wrapped as `{ cv }`: resolving a Promise with it directly never settles.
 */
import { createRequire } from "node:module";

export type Cv = typeof import("@techstark/opencv-js");
export type Mat = InstanceType<Cv["Mat"]>;

interface EmscriptenModule {
  calledRun?: boolean;
  onRuntimeInitialized?: () => void;
}

let loading: Promise<{ cv: Cv }> | null = null;

/** Returns the shared opencv.js instance, loading and initialising it on first use. */
export function loadOpenCv(): Promise<{ cv: Cv }> {
  if (!loading) {
    loading = new Promise<{ cv: Cv }>((resolve, reject) => {
      try {
        const require = createRequire(import.meta.url);
        // Emscripten's Node glue adds process-wide handlers (an unhandled rejection anywhere would
        // abort the WASM runtime): keep the process's own handlers only.
        const emitter: NodeJS.EventEmitter = process;
        const events = ["uncaughtException", "unhandledRejection"];
        const before = events.map((event) => new Set(emitter.listeners(event)));
        const loaded = require("@techstark/opencv-js") as Cv & EmscriptenModule;
        events.forEach((event, i) => {
          for (const listener of emitter.listeners(event)) {
            if (!before[i]!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
          }
        });
        const ready = (): void => resolve({ cv: loaded });
        if (loaded.calledRun || typeof loaded.Mat === "function") {
          ready();
        } else {
          const previous = loaded.onRuntimeInitialized;
          loaded.onRuntimeInitialized = () => {
            previous?.();
            ready();
          };
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    // A failed load may be retried by the next caller.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Tracks Mats created during a stage so that they are all freed, even when the stage throws. */
export class MatScope {
  private readonly mats: Mat[] = [];

  constructor(private readonly cv: Cv) {}

  /** Registers `mat` for deletion and returns it. */
  keep<T extends Mat>(mat: T): T {
    this.mats.push(mat);
    return mat;
  }

  /** A new empty Mat, freed with the scope. */
  mat(): Mat {
    return this.keep(new this.cv.Mat());
  }

  /** A Mat of the given size and type wrapping a copy of `data`, freed with the scope. */
  fromBytes(rows: number, cols: number, type: number, data: Uint8Array): Mat {
    const mat = this.keep(new this.cv.Mat(rows, cols, type));
    mat.data.set(data);
    return mat;
  }

  /** Frees every Mat of the scope. */
  dispose(): void {
    for (const mat of this.mats.splice(0)) {
      if (!mat.isDeleted()) mat.delete();
    }
  }
}
