/**
 * Printing for the tests, through the browser's own print path: `print-media` switches the
 * page to print media (as printing does) or back, and `print-pdf` prints the page to PDF and
 * answers with what the PDF holds (its header, its size and its number of pages). Chromium
 * only: puppeteer cannot emulate print media in Firefox, and the command answers `false`.
 */
export function printCommand() {
  return {
    name: 'print-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-media' && command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      try {
        if (command === 'print-media') {
          await page.emulateMediaType(payload?.print ? 'print' : null);
          return true;
        }
        const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
        const text = pdf.toString('latin1');
        return {
          header: text.slice(0, 5),
          bytes: pdf.length,
          pages: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
        };
      } catch {
        return false;
      }
    },
  };
}
