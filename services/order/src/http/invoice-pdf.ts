/**
 * Renders the invoice document as a PDF with pdfkit (maintained, pure JavaScript, no headless browser; the
 * standard Helvetica fonts it embeds cover the WinAnsi characters our data uses). The page is small enough to
 * build in memory, so the whole file is returned as one Buffer.
 *
 * pdfkit (with fontkit and its font data) is loaded at the first PDF asked for, not at start: ~8 MB of resident
 * memory in every order process for a download few users make (measured 2026-12-02).
 */
import type { InvoiceDocument } from '../domain/invoice-document';

export async function renderInvoicePdf(doc: InvoiceDocument, createdAt: Date): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: doc.title, CreationDate: createdAt } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Helvetica-Bold').fontSize(20).text(doc.title).moveDown();
    pdf.font('Helvetica').fontSize(11);
    for (const f of doc.fields) pdf.text(`${f.label}: ${f.value}`);
    pdf.moveDown().font('Helvetica-Bold').fontSize(14).text(`Amount due: ${doc.amountDue}`);
    if (doc.notes.length) {
      pdf.moveDown().font('Helvetica').fontSize(10);
      for (const n of doc.notes) pdf.text(n);
    }
    pdf.end();
  });
}
