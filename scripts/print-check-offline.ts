/**
 * Evidence for the print-check thresholds: runs the check over pages the offline engine draws
 * today (Letter portrait, themes × age groups, titles on every other page), before and after the
 * repair, and prints one line per page and a summary per age group.
 *
 *   node --conditions=react-server --import tsx scripts/print-check-offline.ts [themes]
 */
import { OfflineEngine } from "../lib/images/engines/offline";
import { AGE_GROUPS, type AgeGroup } from "../lib/images/paper";
import { checkPage, repairAndCheckPage, type PrintCheck } from "../lib/images/print-check";
import { offlineLetterPage } from "./bench-print-check";

const THEMES = ["dinosaurs at the beach", "space rocket", "farm animals", "a castle with a dragon", "under the sea", "christmas tree", "cats and dogs", "flowers in a garden"];

function failing(check: PrintCheck): string {
  const ids = Object.entries(check.items).filter(([, item]) => !item.pass).map(([id]) => id);
  return ids.length ? ids.join(",") : "pass";
}

function describe(check: PrintCheck): string {
  const { lines, areas, leaks, specks, solids, coverage } = check.items;
  return [
    `ink ${(coverage.share * 100).toFixed(1)}%`,
    `lines ${lines.medianMm}/${lines.p5Mm} mm`,
    `areas ${areas.count} (smallest ${areas.smallestMm2} mm², ${areas.slivers} slivers)`,
    `leaks ${leaks.count}`,
    `specks ${specks.count}+${specks.holes}`,
    `solids ${solids.count} (largest ${solids.largestMm2 ?? "-"} mm²)`,
  ].join(" · ");
}

async function main(): Promise<void> {
  const themes = THEMES.slice(0, Number(process.argv[2] ?? THEMES.length) || THEMES.length);
  const engine = new OfflineEngine();
  for (const ageGroup of AGE_GROUPS) {
    const passed = { before: 0, after: 0 };
    for (const [i, theme] of themes.entries()) {
      const page = await offlineLetterPage({ engine, theme, ageGroup: ageGroup as AgeGroup, title: i % 2 === 0, seed: i });
      const before = checkPage(page, { ageGroup });
      const after = repairAndCheckPage(page, { ageGroup });
      passed.before += Number(before.pass);
      passed.after += Number(after.check.pass);
      console.log(`${ageGroup.padEnd(5)} ${theme.padEnd(24)} before [${failing(before)}] ${describe(before)}`);
      console.log(`${"".padEnd(30)} after  [${failing(after.check)}] ${describe(after.check)} · ${after.repairs.changedPixels} px changed`);
    }
    console.log(`${ageGroup}: ${passed.before}/${themes.length} pass as drawn, ${passed.after}/${themes.length} after repair\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
