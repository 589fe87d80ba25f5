import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';
import type PDFDocumentClass from 'pdfkit';

/**
 * Large libraries that only some requests need (Excel, PDF), loaded on first use instead of at start:
 * together they are about a second of a warm start on a 2-core machine.
 */
const require = createRequire(import.meta.url);
let excelModule: typeof ExcelJSModule | undefined;
let pdfClass: typeof PDFDocumentClass | undefined;

export const excel = (): typeof ExcelJSModule => (excelModule ??= require('exceljs') as typeof ExcelJSModule);
export const pdfDocument = (): typeof PDFDocumentClass => (pdfClass ??= require('pdfkit') as typeof PDFDocumentClass);
