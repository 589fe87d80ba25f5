import { Flex, Tooltip } from 'antd';
import { SCORE_LEVELS } from '@shezu/contracts';
import { LEVEL_COLORS } from './LevelTag';

export type LevelCounts = Record<(typeof SCORE_LEVELS)[number], number>;

/** Share of each level in one row: a stacked bar, its widths the shares. */
export function LevelBar({ counts, all }: { counts: LevelCounts; all: number }) {
  if (all === 0) return null;
  return (
    <Flex style={{ width: '100%', minWidth: 120, height: 12, borderRadius: 2, overflow: 'hidden' }}>
      {SCORE_LEVELS.filter((l) => counts[l] > 0).map((l) => (
        <Tooltip key={l} title={`${l}: ${counts[l]}`}>
          <div style={{ width: `${(counts[l] * 100) / all}%`, background: LEVEL_COLORS[l] }} />
        </Tooltip>
      ))}
    </Flex>
  );
}

/** `12 (34.5%)`: a count and its share of the row, one decimal. */
export function share(n: number, all: number): string {
  return all === 0 ? '0' : `${n} (${((n * 100) / all).toFixed(1)}%)`;
}
