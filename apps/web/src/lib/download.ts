import { unwrapResponse } from '../api/client';

/** The file name a `Content-Disposition` header offers: the UTF-8 `filename*` (Chinese names) before the ASCII one. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* a malformed escape: fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || null;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has started reading the blob by the time the click returns; keep it briefly anyway.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface BlobCall {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/**
 * Downloads what an API call returns (called with `parseAs: 'blob'`, so the client's CSRF and session
 * handling apply). Failures throw the API's `ApiError` before anything is saved.
 */
export async function downloadFrom(call: Promise<BlobCall>, fallbackName: string): Promise<void> {
  const { data, response } = await unwrapResponse(call);
  saveBlob(data, filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName);
}

/**
 * Shows what an API call returns (a PDF) in a new tab. The tab is opened before the call, while the
 * click still counts as a user gesture, so popup blockers let it through; it closes again on failure.
 */
export async function openFrom(call: () => Promise<BlobCall>): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const { data } = await unwrapResponse(call());
    const url = URL.createObjectURL(data);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    window.setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  } catch (e) {
    tab?.close();
    throw e;
  }
}
