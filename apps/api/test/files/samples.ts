/** Small real files of each kind, and liars: content that does not match the name it comes with. */
export const samples = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  /** The start of a Windows executable (DOS header with its PE stub). */
  exe: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(240, 0)]),
  html: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n'),
  csvUtf8: Buffer.from('\ufeff名称,统一社会信用代码\n云阳县慈善会,51500235MJP123456X\n'),
  /** "名称,类型\n慈善会,社会团体" as Excel on Chinese Windows saves it (GBK). */
  csvGbk: Buffer.from('c3fbb3c62cc0e0d0cd0ab4c8c9c6bbe12cc9e7bbe1cdc5cce50a', 'hex'),
  binaryJunk: Buffer.from([0x13, 0x37, 0x00, 0xff, 0x00, 0x42, 0x99, 0x00, 0x01, 0x02, 0x03, 0x04]),
};
