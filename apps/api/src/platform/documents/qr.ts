import QRCode from 'qrcode';

/** The verification link as a PNG: level M survives a stain or a fold on a printed copy. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
}
