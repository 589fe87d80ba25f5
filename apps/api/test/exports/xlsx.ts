import ExcelJS from 'exceljs';

/** Every row of the first sheet as plain values (index 0 is column A). */
export async function readSheet(bytes: Buffer): Promise<{ rows: unknown[][]; sheet: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { rows, sheet };
}

export const DATA_START = 4; // title, watermark, filter, headings come first (0-based index 4 is the first data row)
