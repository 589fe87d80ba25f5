/** File names as users send them are untrusted text: these make them safe to store, show and download. */

const MAX_NAME_CHARS = 80;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
// C0/C1 controls, zero-width characters and bidi overrides ("报告\u202Efdp.exe" shows as "报告exe.pdf").
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RESERVED_CHARS = /[<>:"|?*]/g;

/** The extension a name claims, lower case, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function truncateChars(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max).join('');
}

/** The original name as recorded: no control characters (PostgreSQL refuses NUL), bounded length. */
export function recordedName(name: string): string {
  return truncateChars(name.replace(INVISIBLE, ''), 255);
}

/**
 * A name with no directory part, no control or reserved characters, at most 80 characters and the
 * extension of the detected content (`ext`); the claimed extension is kept when it is an alias of it.
 */
export function safeFileName(name: string, ext: string, aliases: readonly string[] = []): string {
  let base = name.normalize('NFC').replace(INVISIBLE, '');
  base = base.split(/[\\/]/).pop() ?? '';
  base = base.replace(RESERVED_CHARS, '_').replace(/\s+/g, ' ').trim();
  const claimed = extensionOf(base);
  let stem = claimed ? base.slice(0, -(claimed.length + 1)) : base;
  // Leading dots would hide the file or form "..", trailing dots and spaces vanish on Windows.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  const keptExt = claimed && (claimed === ext || aliases.includes(claimed)) ? claimed : ext;
  stem = truncateChars(stem, MAX_NAME_CHARS - keptExt.length - 1).replace(/[.\s]+$/, '');
  return `${stem || '文件'}.${keptExt}`;
}

function encodeRfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * Content-Disposition for a download: an ASCII fallback for old clients plus the UTF-8 name
 * (RFC 6266 / RFC 5987), so Chinese names survive in every current browser.
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const ext = extensionOf(name);
  let ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_')
    .replace(/_+/g, '_');
  const stem = ext ? ascii.slice(0, -(ext.length + 1)) : ascii;
  if (/^[_\s.]*$/.test(stem)) ascii = ext ? `download.${ext}` : 'download';
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
