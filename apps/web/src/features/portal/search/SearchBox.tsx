import { useId, useState } from 'react';
import { Col, Input, Row, Typography } from 'antd';
import { RegionPicker } from '../../../components/RegionPicker';
import { useT } from '../../../lib/i18n';
import { searchTextProblem } from './searchQuery';

type Problem = 'tooShort' | 'empty' | null;

/**
 * The portal's search box: any two or more consecutive characters of a name, or a whole credit code,
 * with an optional region. A one-character text is explained, never sent (the name index is built from
 * pairs of characters, so the API refuses it), and what was typed stays in the box.
 */
export function SearchBox({
  initialText = '',
  region,
  onRegionChange,
  onSubmit,
  allowEmpty = false,
  size = 'large',
}: {
  initialText?: string;
  region: string | undefined;
  onRegionChange: (region: string | undefined) => void;
  onSubmit: (q: string | undefined) => void;
  /** Whether an empty text searches (lists by the other filters) or asks for a text. */
  allowEmpty?: boolean;
  size?: 'large' | 'middle';
}) {
  const t = useT();
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<Problem>(null);
  const helpId = useId();

  const submit = (value: string) => {
    const q = value.trim();
    const next: Problem = q === '' ? (allowEmpty || region ? null : 'empty') : searchTextProblem(q);
    setProblem(next);
    if (!next) onSubmit(q || undefined);
  };

  return (
    <div data-testid="portal-search">
      <Row gutter={[8, 8]}>
        <Col xs={24} md={16}>
          <Input.Search
            size={size}
            value={text}
            allowClear
            maxLength={50}
            enterButton={t('common.search')}
            placeholder={t('portal.search.placeholder')}
            aria-label={t('portal.search.placeholder')}
            aria-describedby={helpId}
            status={problem ? 'error' : undefined}
            onChange={(e) => {
              setText(e.target.value);
              if (problem) setProblem(null);
            }}
            onSearch={(value, _e, info) => {
              // Clearing the box is not a search request.
              if (info?.source === 'clear') return;
              submit(value);
            }}
            data-testid="portal-search-input"
          />
        </Col>
        <Col xs={24} md={8}>
          <RegionPicker
            value={region ?? null}
            onChange={(code) => onRegionChange(code ?? undefined)}
            placeholder={t('portal.search.region')}
            style={size === 'large' ? { height: 40 } : undefined}
            data-testid="portal-search-region"
          />
        </Col>
      </Row>
      {problem ? (
        <Typography.Text
          id={helpId}
          type="danger"
          role="alert"
          style={{ fontSize: 13 }}
          data-testid="portal-search-problem"
        >
          {t(problem === 'tooShort' ? 'portal.search.tooShort' : 'portal.search.empty')}
        </Typography.Text>
      ) : (
        <Typography.Text id={helpId} type="secondary" style={{ fontSize: 13 }} data-testid="portal-search-help">
          {t('portal.search.help')}
        </Typography.Text>
      )}
    </div>
  );
}
