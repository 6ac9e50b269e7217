// The Nu HTML Checker (vnu.jar from npm), run once over a folder of saved pages.
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import path from 'node:path';

const require = createRequire(import.meta.url);
// The package's main export is the path of the jar. Its own runner is not used: it may try to
// download a Java, and this machine has Debian's.
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';

/**
 * Checks every .html, .css and .svg file in `dir` in one run.
 * Returns `{ errors, warnings }`, each a list of `{ file, line, column, message, extract }`.
 */
export function checkFolder(dir) {
  const args = ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--also-check-css', '--also-check-svg', dir];
  return new Promise((resolve, reject) => {
    execFile(JAVA, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // vnu exits 1 when it found errors; its report is the JSON on stderr either way.
      let report;
      try {
        report = JSON.parse(stderr || stdout);
      } catch {
        reject(new Error(`vnu did not produce a report (${error?.message ?? 'no error'}):\n${stderr}\n${stdout}`));
        return;
      }
      const errors = [];
      const warnings = [];
      for (const m of report.messages) {
        const item = {
          file: m.url ? path.basename(decodeURIComponent(m.url.replace(/^file:/, ''))) : '(vnu)',
          line: m.lastLine ?? m.firstLine,
          column: m.lastColumn ?? m.firstColumn,
          message: m.message,
          extract: m.extract,
        };
        if (m.type === 'error' || m.type === 'non-document-error') errors.push(item);
        else if (m.type === 'info' && m.subType === 'warning') warnings.push(item);
      }
      resolve({ errors, warnings });
    });
  });
}

export function formatMessage(m) {
  const at = m.line != null ? `:${m.line}${m.column != null ? `:${m.column}` : ''}` : '';
  const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${m.file}${at}: ${m.message}${extract}`;
}
