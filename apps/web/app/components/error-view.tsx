import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from '@remix-run/react';

interface ErrorPayloadLike {
  message?: unknown;
  requestId?: unknown;
}

export interface DescribedError {
  status: number;
  title: string;
  message: string;
  requestId: string | null;
}

/** What the nearest error boundary tells a person: never a stack trace, always a reference. */
export function describeRouteError(error: unknown, fallbackRequestId: string | null): DescribedError {
  if (isRouteErrorResponse(error)) {
    const payload = (typeof error.data === 'object' && error.data !== null ? error.data : {}) as ErrorPayloadLike;
    const message =
      typeof payload.message === 'string' ? payload.message : typeof error.data === 'string' ? error.data : '';
    const requestId = typeof payload.requestId === 'string' ? payload.requestId : fallbackRequestId;
    if (error.status === 404) {
      return {
        status: 404,
        title: message ? sentence(message) : 'Page not found',
        message: 'There is nothing here for your account: it may have been deleted, or the address may be wrong.',
        requestId,
      };
    }
    return {
      status: error.status,
      title: error.status >= 500 ? 'Something went wrong' : 'That did not work',
      message: message || error.statusText || 'The request could not be completed.',
      requestId,
    };
  }
  return {
    status: 500,
    title: 'Something went wrong',
    message:
      'The page hit an unexpected problem. Reload to try again; if it keeps happening, mention the reference below.',
    requestId: fallbackRequestId,
  };
}

export function RouteErrorView() {
  const error = useRouteError();
  const root = useRouteLoaderData<{ requestId?: string }>('root');
  const described = describeRouteError(error, root?.requestId ?? null);
  return (
    <Stack gap="md" maw={560} mx="auto" py="xl" px="md" role="alert">
      <Text c="dimmed" fw={600} size="sm">
        Error {described.status}
      </Text>
      <Title order={1}>{described.title}</Title>
      <Text>{described.message}</Text>
      {described.requestId ? (
        <Text size="sm" c="dimmed">
          Reference: <Code>{described.requestId}</Code>
        </Text>
      ) : null}
      <Group>
        <Button component={Link} to="/">
          Back to your applications
        </Button>
      </Group>
    </Stack>
  );
}

/** The API says "Application not found"; as a page title it needs no full stop and a capital. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
