import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import './app.css';
import { ColorSchemeScript, MantineProvider, mantineHtmlProps } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react';
import type { ReactNode } from 'react';
import { RouteErrorView } from './components/error-view';
import { NavigationIndicator } from './components/navigation-indicator';
import { TrpcProvider } from './components/trpc-provider';
import { useNonce } from './lib/nonce';
import { timeZoneFromCookie } from './lib/time';
import { TimeZoneSync } from './lib/use-time-zone';
import { theme } from './theme';

export const meta: MetaFunction = () => [
  { title: 'Job Forge' },
  { name: 'description', content: 'Research, a tailored resume and a cover letter for every job you apply to.' },
];

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%234c6ef5'/%3E%3Cpath d='M9 20l8-8m-2-3l6 6m-9 9l3-3' stroke='white' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E";

export const links: LinksFunction = () => [{ rel: 'icon', href: FAVICON, type: 'image/svg+xml' }];

/**
 * The request id lets an error page name the reference under which the server logged it; the time
 * zone (from the browser's cookie) lets the server write times as the user reads them.
 */
export function loader({ context, request }: LoaderFunctionArgs) {
  return { requestId: context.requestId, timeZone: timeZoneFromCookie(request.headers.get('cookie')) };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en" {...mantineHtmlProps}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        <Links />
        <ColorSchemeScript defaultColorScheme="auto" nonce={nonce} />
      </head>
      <body>
        <MantineProvider theme={theme} defaultColorScheme="auto">
          <Notifications position="bottom-right" />
          {children}
        </MantineProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <TrpcProvider>
      <NavigationIndicator />
      <TimeZoneSync />
      <Outlet />
    </TrpcProvider>
  );
}

export function ErrorBoundary() {
  return <RouteErrorView />;
}
