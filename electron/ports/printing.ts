import type { PaperSize } from '../../shared/pdf-export/report-choices';
import { printStateAttribute } from '../../shared/pdf-export/report-data';

/** What the `Host` port's `printToPdf` is asked to print. */
export interface PrintRequest {
  route: string;
  paper: PaperSize;
  /** Given a print, the route to print next in the same page, or undefined when it is done. */
  nextRoute?: (pdf: Uint8Array) => Promise<string | undefined>;
}

/** How a host drives its off-screen print page; `printInPasses` does the rest the same for both. */
export interface PrintPage {
  /** Loads the app at `#/<route>` and waits for the print view to be ready. */
  open(route: string): Promise<void>;
  /** Runs `script` in the loaded page (`moveToScript`) and waits for the print view to be ready again. */
  run(script: string): Promise<void>;
  print(): Promise<Uint8Array>;
}

/**
 * What moves a loaded print view to another job without loading the app again: it forgets it was
 * ready (so a host never reads the last job's "ready") and changes the route.
 */
export const moveToScript = (route: string) =>
  `document.documentElement.removeAttribute(${JSON.stringify(printStateAttribute)}); window.location.hash = ${JSON.stringify(`#/${route}`)};`;

/**
 * Prints `request.route`, then each route `nextRoute` names for the print before, in the same page:
 * a second pass costs a re-render, not a new window and a new start of the app.
 */
export async function printInPasses(request: PrintRequest, page: PrintPage): Promise<Uint8Array> {
  await page.open(request.route);
  let pdf = await page.print();
  for (let next = await request.nextRoute?.(pdf); next !== undefined; next = await request.nextRoute?.(pdf)) {
    await page.run(moveToScript(next));
    pdf = await page.print();
  }
  return pdf;
}

/**
 * The one set of print options both hosts pass to Chromium's engine. Page size, margins, page
 * numbers and the footer come from the print view's own `@page` rules, so they are the same
 * whichever host prints.
 */
export const pdfPrintOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
} as const;

/** How long a host waits for the print view before giving up. */
export const printTimeoutMs = 30_000;
