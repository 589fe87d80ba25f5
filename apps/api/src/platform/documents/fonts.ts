import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * CJK fonts from npm packages (SIL OFL 1.1), whole TTF files that pdfkit subsets into each PDF.
 * Noto Serif SC stands in for 仿宋 (body) and its bold for 小标宋 (titles); Noto Sans SC for 黑体
 * (captions). Official documents use 仿宋_GB2312 and 方正小标宋, which no open licence lets us ship.
 */
const FILES = {
  serif: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  serifBold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  sans: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
} as const;

export type FontName = keyof typeof FILES;
export type FontSet = Record<FontName, Buffer>;

const require = createRequire(import.meta.url);
let loading: Promise<FontSet> | undefined;

/** Read once per process (about 14 MB each) and kept: re-reading per document would cost ~10 ms each. */
export function loadFonts(): Promise<FontSet> {
  loading ??= (async () => {
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([name, file]) => [name, await readFile(require.resolve(file))] as const),
    );
    return Object.fromEntries(entries) as FontSet;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
