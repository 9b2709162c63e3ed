/**
 * The text of a PDF, read by pdf-parse (pdf.js) in a child Node process: pdf.js loads its worker with a dynamic
 * ESM import, which jest's CommonJS module loader cannot run, so the parse happens outside jest.
 */
import { execFile } from 'node:child_process';

const script = `
import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
process.stdout.write((await parser.getText()).text);
await parser.destroy();
`;

export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: __dirname, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`pdf-parse failed: ${stderr || error.message}`)) : resolve(stdout),
    );
    child.stdin!.end(pdf);
  });
}
