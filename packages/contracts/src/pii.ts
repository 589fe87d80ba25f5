/** Masking of personal data for display (DOMAIN.md "Personal data"). Pure, used by API and web. */

export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** Keeps the administrative part of an address (up to the county or district) and hides the rest. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const head = address.slice(0, 16);
  const lastOf = (chars: string) => Math.max(...[...chars].map((c) => head.lastIndexOf(c)));
  let end = lastOf('区县旗');
  if (end < 0) end = lastOf('市州盟');
  const keep =
    end >= 0 && end < address.length - 1
      ? address.slice(0, end + 1)
      : address.slice(0, Math.min(6, address.length - 1));
  return keep + '****';
}

/** 18-digit resident ID number (GB 11643): 17 digits and a check character. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17];
}
