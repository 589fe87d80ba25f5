import { BrowserRouter } from 'react-router';
import { Providers } from './Providers';
import { AppRoutes } from './routes';

export function App() {
  return (
    <BrowserRouter>
      <Providers>
        <AppRoutes />
      </Providers>
    </BrowserRouter>
  );
}
