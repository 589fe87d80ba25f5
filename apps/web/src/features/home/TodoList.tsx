import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { errorText } from '../../lib/errors';
import { useI18n, useT, type MessageKey } from '../../lib/i18n';
import { todoKindLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { fetchTodoCounts, fetchTodos, todoKeys, type Todo, type TodoFilter } from './api';

/** Whom an item is addressed to; a new assignee kind in the API fails the build here. */
const ASSIGNEE_LABELS: Record<Todo['assignee'], MessageKey> = {
  user: 'home.assignee.user',
  unit: 'home.assignee.unit',
  org: 'home.assignee.org',
  role: 'home.assignee.role',
};

function TodoItem({ todo }: { todo: Todo }) {
  const t = useT();
  const f = useFormat();
  const title = todo.link?.startsWith('/') ? <Link to={todo.link}>{todo.title}</Link> : todo.title;
  return (
    <Flex
      className="shezu-todo-item"
      justify="space-between"
      align="center"
      gap={12}
      wrap
      style={{ padding: '12px 0' }}
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text strong>
          {todo.priority >= 2 ? (
            <Tag color="volcano" style={{ marginInlineEnd: 6 }}>
              {t('home.urgent')}
            </Tag>
          ) : todo.priority === 1 ? (
            <Tag color="gold" style={{ marginInlineEnd: 6 }}>
              {t('home.important')}
            </Tag>
          ) : null}
          {title}
        </Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Tag variant="filled" title={t('home.assigneeHint')} data-testid={`todo-assignee-${todo.id}`}>
            {t(ASSIGNEE_LABELS[todo.assignee])}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('home.createdAt', { date: f.date(todo.createdAt) })}
          </Typography.Text>
        </Flex>
      </Flex>
      {todo.dueDate && (
        <Typography.Text type={todo.overdue ? 'danger' : 'secondary'} data-overdue={todo.overdue || undefined}>
          <ClockCircleOutlined /> {t('home.due', { date: f.date(todo.dueDate) })}
          {todo.overdue && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('home.overdue')}
            </Tag>
          )}
        </Typography.Text>
      )}
    </Flex>
  );
}

function TodoFilters({ filter, onChange }: { filter: TodoFilter; onChange: (f: TodoFilter) => void }) {
  const t = useT();
  // The kinds the user has open come from the counts: the list of kinds grows with the modules.
  const counts = useQuery({ queryKey: todoKeys.counts, queryFn: fetchTodoCounts });
  const kinds = Object.keys(counts.data?.byKind ?? {});
  // Nothing to narrow down: the filters would only be noise above an empty list.
  if ((counts.data?.open ?? 0) === 0 && !filter.kind && !filter.overdue) return null;
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 4 }}>
      <Select<string>
        allowClear
        size="small"
        style={{ minWidth: 160 }}
        placeholder={t('home.filterKind')}
        value={filter.kind}
        options={kinds.map((k) => ({ value: k, label: todoKindLabel(t, k) }))}
        onChange={(kind) => onChange({ ...filter, kind })}
        data-testid="todo-filter-kind"
      />
      <Checkbox
        checked={!!filter.overdue}
        onChange={(e) => onChange({ ...filter, overdue: e.target.checked || undefined })}
        data-testid="todo-filter-overdue"
      >
        {t('home.overdueOnly')}
      </Checkbox>
    </Flex>
  );
}

export function TodoList() {
  const { lang, t } = useI18n();
  const [filter, setFilter] = useState<TodoFilter>({});
  const todos = useQuery({
    queryKey: todoKeys.list(filter),
    queryFn: () => fetchTodos(filter),
    placeholderData: keepPreviousData,
  });
  const items = todos.data ?? [];
  const filtered = !!filter.kind || !!filter.overdue;
  return (
    <Card title={t('home.todos')} extra={items.length > 0 ? <Tag>{items.length}</Tag> : null} data-testid="todo-list">
      <TodoFilters filter={filter} onChange={setFilter} />
      {todos.isError ? (
        <Alert
          type="warning"
          showIcon
          title={errorText(todos.error, lang, t)}
          action={<Button onClick={() => void todos.refetch()}>{t('app.retry')}</Button>}
        />
      ) : todos.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(filtered ? 'home.noMatchingTodos' : 'home.noTodos')}
        />
      ) : (
        items.map((todo) => <TodoItem key={todo.id} todo={todo} />)
      )}
    </Card>
  );
}
