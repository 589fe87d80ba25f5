/**
 * SM3 (GB/T 32905-2016) of a message that fits one 64-byte block (≤ 55 bytes) — the draw's key SM3(seed ‖ USCC)
 * is 32 + 18 = 50 bytes. Written out because Node's createHash costs ~3 µs a call in object overhead, which
 * a 1,000,000-organization draw pays a million times; this one reuses typed arrays and is checked against
 * createHash('sm3') in test/supervision/spot-checks/draw.test.ts.
 */
const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];
const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const TJ = new Int32Array(64);
for (let j = 0; j < 64; j++) TJ[j] = rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);

const W = new Int32Array(68);
const W1 = new Int32Array(64);

/** Hashes the 16 big-endian words of a padded block into `out` (8 words). */
export function sm3Block(block: Int32Array, out: Int32Array): void {
  for (let j = 0; j < 16; j++) W[j] = block[j]!;
  for (let j = 16; j < 68; j++) {
    const x = W[j - 16]! ^ W[j - 9]! ^ rotl(W[j - 3]!, 15);
    W[j] = x ^ rotl(x, 15) ^ rotl(x, 23) ^ rotl(W[j - 13]!, 7) ^ W[j - 6]!;
  }
  for (let j = 0; j < 64; j++) W1[j] = W[j]! ^ W[j + 4]!;
  let a = IV[0]!, b = IV[1]!, c = IV[2]!, d = IV[3]!, e = IV[4]!, f = IV[5]!, g = IV[6]!, h = IV[7]!; // prettier-ignore
  for (let j = 0; j < 64; j++) {
    const a12 = rotl(a, 12);
    const ss1 = rotl((a12 + e + TJ[j]!) | 0, 7);
    const ss2 = ss1 ^ a12;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + W1[j]!) | 0;
    const tt2 = (gg + h + ss1 + W[j]!) | 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17);
  }
  out[0] = a ^ IV[0]!;
  out[1] = b ^ IV[1]!;
  out[2] = c ^ IV[2]!;
  out[3] = d ^ IV[3]!;
  out[4] = e ^ IV[4]!;
  out[5] = f ^ IV[5]!;
  out[6] = g ^ IV[6]!;
  out[7] = h ^ IV[7]!;
}

/**
 * Keys SM3(prefix ‖ text) for short ASCII texts after a fixed byte prefix: the prefix's words are laid once,
 * each text fills the rest of the block. `fits(text)` says whether a text is short enough for one block.
 */
export class Sm3ShortHasher {
  private readonly block = new Int32Array(16);
  private readonly bytes = new Uint8Array(64);
  readonly out = new Int32Array(8);

  constructor(private readonly prefix: Uint8Array) {
    this.bytes.set(prefix);
  }

  fits(text: string): boolean {
    return this.prefix.length + text.length <= 55;
  }

  /** Hashes prefix ‖ text (text of char codes < 256) into `out`. */
  hash(text: string): Int32Array {
    const bytes = this.bytes;
    const p = this.prefix.length;
    const len = p + text.length;
    for (let i = 0; i < text.length; i++) bytes[p + i] = text.charCodeAt(i);
    bytes[len] = 0x80;
    bytes.fill(0, len + 1, 56);
    const bits = len * 8;
    bytes[56] = 0;
    bytes[57] = 0;
    bytes[58] = 0;
    bytes[59] = 0; // prettier-ignore
    bytes[60] = bits >>> 24;
    bytes[61] = (bits >>> 16) & 0xff;
    bytes[62] = (bits >>> 8) & 0xff;
    bytes[63] = bits & 0xff;
    const block = this.block;
    for (let i = 0; i < 16; i++) {
      const o = i * 4;
      block[i] = (bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!;
    }
    sm3Block(block, this.out);
    return this.out;
  }
}
