import { useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { I18nProvider, useI18n, type Lang } from '../lib/i18n';
import { theme } from './theme';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; only network trouble and 5xx get a second chance.
        retry: (count, err) => count < 1 && !(isApiError(err) && err.status >= 400 && err.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'en' ? enUSLocale : zhCNLocale} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything a page needs around it except the router (tests bring a MemoryRouter). */
export function Providers({
  children,
  queryClient,
  initialLang,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  initialLang?: Lang;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={initialLang}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </I18nProvider>
    </QueryClientProvider>
  );
}
