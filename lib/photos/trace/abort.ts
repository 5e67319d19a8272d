/** Cancellation helpers shared by the Trace stages. */

/** An `Error` named "AbortError", thrown when a trace is cancelled through its signal. */
export function abortError(): Error {
  const error = new Error("The trace was aborted.");
  error.name = "AbortError";
  return error;
}

/** Throws an AbortError when `signal` has been aborted; call between stages. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Gives the event loop a turn so that an abort or other work can be seen between long stages. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
