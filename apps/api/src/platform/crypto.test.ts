import { describe, expect, it } from 'vitest';
import { blindIndex, decryptField, encryptField, sm3 } from './crypto';
import { canonicalJson, chainHash, GENESIS_HASH } from './audit/chain';

const key = Buffer.from('00112233445566778899aabbccddeeff', 'hex');

describe('national algorithms', () => {
  it('SM3 matches the GB/T 32905 test vector for "abc"', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('SM4 encrypts each value with its own IV and decrypts it back', () => {
    const a = encryptField(key, '500235199001011239');
    const b = encryptField(key, '500235199001011239');
    expect(a).not.toBe(b);
    expect(a).not.toContain('500235');
    expect(decryptField(key, a)).toBe('500235199001011239');
    expect(() => decryptField(Buffer.alloc(16, 1), a)).toThrow();
  });

  it('a blind index is stable per key and differs across keys', () => {
    expect(blindIndex(key, 'x')).toBe(blindIndex(key, 'x'));
    expect(blindIndex(key, 'x')).not.toBe(blindIndex(Buffer.alloc(16), 'x'));
  });
});

describe('audit chain hashing', () => {
  const content = {
    id: 1,
    at: '2026-01-01T00:00:00.000Z',
    actorId: 1,
    actorName: 'a',
    action: 'create',
    entity: 'unit',
    entityId: '1',
    regionCode: '50',
    summary: null,
    before: null,
    after: { b: 1, a: [1, { d: 2, c: 3 }] },
    requestId: null,
    ip: null,
  };

  it('canonical JSON sorts keys at every level, so jsonb reordering cannot change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    const reordered = { ...content, after: { a: [1, { c: 3, d: 2 }], b: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, content));
  });

  it('changes with any field and with the previous hash', () => {
    const h = chainHash(GENESIS_HASH, content);
    expect(chainHash(GENESIS_HASH, { ...content, summary: 'x' })).not.toBe(h);
    expect(chainHash('1'.repeat(64), content)).not.toBe(h);
  });
});
