import path from "node:path";
import type { Command } from "commander";
import { CliError, EXIT } from "../errors";
import { followJob, type JobJson } from "../follow";
import { readInputFile, writeOutputFile } from "../io";
import type { CommandContext } from "../context";

type FileRoute = "file" | "pdf" | "svg";

/** `.pdf` asks for the page's PDF, `.svg` for its vector, `.png` for the picture itself. */
function fileRouteOf(out: string, allowed: readonly FileRoute[]): FileRoute {
  const extension = path.extname(out).toLowerCase().slice(1);
  const route: FileRoute | null = extension === "png" ? "file" : extension === "pdf" || extension === "svg" ? extension : null;
  if (route && allowed.includes(route)) return route;
  const names = allowed.map((r) => (r === "file" ? ".png" : `.${r}`));
  throw new CliError(`--out must end in ${names.join(" or ")}: ${out}`, EXIT.usage);
}

/** Follows a started job, saves its first image to `out`, and reports. */
async function finish(context: CommandContext, jobId: string, out: string, route: FileRoute): Promise<void> {
  const client = await context.client();
  const job: JobJson = await followJob(client, context.io, jobId);
  const imageId = job.imageIds[0];
  if (!imageId) throw new CliError("The job finished without an image.", EXIT.failed);
  await writeOutputFile(out, await client.getBytes(`/api/images/${imageId}/${route}`));
  context.report({ jobId, imageId, file: out }, `Saved ${out}`);
}

export function addPictureCommands(program: Command, context: CommandContext): void {
  program
    .command("color")
    .alias("page")
    .description("a coloring page from a theme, saved as PDF, PNG or SVG")
    .argument("<theme>", "what to draw, such as \"espace\" or \"dinosaurs at the beach\"")
    .requiredOption("-o, --out <file>", "page.pdf, page.png or page.svg")
    .option("--age <group>", "3-5, 6-9, 10-12 or adult")
    .option("--paper <size>", "letter or a4")
    .option("--orientation <orientation>", "portrait or landscape")
    .option("--engine <engine>", "offline or openai")
    .option("--model <model>", "an OpenAI image model the server allows")
    .option("--quality <quality>", "low, medium, high, xhigh, max or auto")
    .option("--vector", "draw the page as a vector (SVG); the offline engine always keeps one")
    .action(async (theme: string, options: { out: string; age?: string; paper?: string; orientation?: string; engine?: string; model?: string; quality?: string; vector?: boolean }) => {
      const route = fileRouteOf(options.out, ["pdf", "file", "svg"]);
      const body = { theme, ageGroup: options.age, paper: options.paper, orientation: options.orientation, engine: options.engine, model: options.model, quality: options.quality, vector: options.vector };
      const started = await (await context.client()).postJson<{ jobId: string }>("/api/coloring-pages", body);
      await finish(context, started.jobId, options.out, route);
    });

  program
    .command("photo")
    .description("a coloring page from a photo (PNG, JPEG or WebP), saved as PNG or PDF")
    .argument("<photo>", "the photo file")
    .requiredOption("-o, --out <file>", "page.png or page.pdf")
    .option("--mode <mode>", "trace or redraw", "trace")
    .option("--age <group>", "3-5, 6-9, 10-12 or adult")
    .option("--paper <size>", "letter or a4")
    .option("--detail <level>", "1 to 5")
    .action(async (photo: string, options: { out: string; mode: string; age?: string; paper?: string; detail?: string }) => {
      const route = fileRouteOf(options.out, ["pdf", "file"]);
      const bytes = await readInputFile(photo);
      const form = new FormData();
      form.set("photo", new Blob([new Uint8Array(bytes)]), path.basename(photo));
      form.set("mode", options.mode);
      for (const [field, value] of [["ageGroup", options.age], ["paper", options.paper], ["detail", options.detail]] as const) if (value !== undefined) form.set(field, value);
      const started = await (await context.client()).postForm<{ jobId: string }>("/api/photo-pages", form);
      await finish(context, started.jobId, options.out, route);
    });

  program
    .command("scene")
    .description("one illustration of a description, saved as PNG")
    .argument("<description>", "the scene, such as \"Coffee beans roasting\"")
    .requiredOption("-o, --out <file>", "scene.png")
    .option("--style <style>", "cinematic, documentary, cartoon, minimalist or custom")
    .option("--custom-style <text>", "your own style, with --style custom")
    .option("--aspect <aspect>", "16:9, 1:1 or 9:16")
    .option("--engine <engine>", "offline or openai")
    .option("--model <model>", "an OpenAI image model the server allows")
    .option("--quality <quality>", "low, medium, high, xhigh, max or auto")
    .action(async (description: string, options: { out: string; style?: string; customStyle?: string; aspect?: string; engine?: string; model?: string; quality?: string }) => {
      const route = fileRouteOf(options.out, ["file"]);
      const body = { description, style: options.style, customStyle: options.customStyle, aspect: options.aspect, engine: options.engine, model: options.model, quality: options.quality };
      const started = await (await context.client()).postJson<{ jobId: string }>("/api/scenes", body);
      await finish(context, started.jobId, options.out, route);
    });
}
