import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../lib/errors';
import { useI18n, useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { fetchTodos, todoKeys, type Todo } from './api';

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
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('home.createdAt', { date: f.date(todo.createdAt) })}
        </Typography.Text>
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

export function TodoList() {
  const { lang, t } = useI18n();
  const todos = useQuery({ queryKey: todoKeys.mine, queryFn: fetchTodos });
  const items = todos.data ?? [];
  return (
    <Card title={t('home.todos')} extra={items.length > 0 ? <Tag>{items.length}</Tag> : null} data-testid="todo-list">
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
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noTodos')} />
      ) : (
        items.map((todo) => <TodoItem key={todo.id} todo={todo} />)
      )}
    </Card>
  );
}
