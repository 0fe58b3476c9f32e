import { ActionIcon, AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconSettings } from '@tabler/icons-react';
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, Outlet, useLoaderData, useNavigation } from '@remix-run/react';
import { AppNavbar } from '~/components/app-navbar';
import { Brand } from '~/components/brand';
import { ColorSchemeToggle } from '~/components/color-scheme-toggle';
import { RouteErrorView } from '~/components/error-view';
import { PIPELINE_ITEM_FIELDS } from '~/components/board/pipeline-item';
import { requireUser } from '~/lib/auth.server';
import { pick } from '~/lib/pick';

/** Everything behind sign-in shares this shell: the sidebar's lists load once here. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, api, loaded } = await requireUser(request, context, (caller) =>
    Promise.all([caller.applications.list(), caller.resumes.list()]),
  );
  const [applications, resumes] = loaded;
  return data(
    {
      user,
      // What the sidebar, the dashboard and the board show: no long texts.
      applications: applications.map((application) => pick(application, PIPELINE_ITEM_FIELDS)),
      // The sidebar needs names only; resume texts can be long.
      resumes: resumes.map((resume) => pick(resume, ['id', 'name', 'isPrimary', 'isWritingSample'])),
    },
    { headers: api.headers },
  );
}

export default function AppLayout() {
  const { user, applications, resumes } = useLoaderData<typeof loader>();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigation = useNavigation();
  const signingOut = navigation.formAction === '/logout';

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: { base: 300, lg: 340 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="jf-skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <UnstyledButton component={Link} to="/" aria-label="Job Forge: home" onClick={close}>
              <Brand />
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="md" mr="xs" truncate maw={240}>
              {user.fullName}
            </Text>
            <ColorSchemeToggle />
            <ActionIcon
              component={Link}
              to="/settings"
              variant="default"
              size="lg"
              aria-label="Settings"
              title="Settings"
            >
              <IconSettings size={18} stroke={1.6} />
            </ActionIcon>
            <Form method="post" action="/logout">
              <ActionIcon
                type="submit"
                variant="default"
                size="lg"
                aria-label="Sign out"
                title="Sign out"
                loading={signingOut}
              >
                <IconLogout size={18} stroke={1.6} />
              </ActionIcon>
            </Form>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label="Applications and resumes">
        <AppNavbar applications={applications} resumes={resumes} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

export function ErrorBoundary() {
  return <RouteErrorView />;
}
