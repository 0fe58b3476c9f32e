import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheckFilled, IconClock, IconPlayerPlay } from '@tabler/icons-react';
import { PHASE_LABEL, PHASES, type Phase } from '~/lib/domain';

export interface PhaseState {
  done: boolean;
  running: boolean;
}

export const NOT_AVAILABLE_MESSAGE =
  'AI generation is not available on this server yet. You can still write and edit every document yourself.';

/**
 * The three phases as the seed draws them: a check when done, a clock when pending. A phase can
 * always be (re)run when AI is available; when it is not, the buttons say so instead of doing nothing.
 */
export function PhaseBar({
  phases,
  available,
  busy = false,
  onRun,
}: {
  phases: Record<Phase, PhaseState>;
  available: boolean;
  /** Another phase is running: one at a time keeps the phases' inputs consistent. */
  busy?: boolean;
  onRun: (phase: Phase) => void;
}) {
  return (
    <div>
      <Group gap="xs" role="group" aria-label="AI phases">
        {PHASES.map((phase) => {
          const { done, running } = phases[phase];
          const label = PHASE_LABEL[phase];
          return (
            <Button
              key={phase}
              variant={done ? 'filled' : 'default'}
              color={done ? 'teal' : undefined}
              leftSection={done ? <IconCircleCheckFilled size={18} /> : running ? undefined : <IconClock size={18} />}
              rightSection={available && !running ? <IconPlayerPlay size={14} /> : undefined}
              loading={running}
              disabled={available && busy && !running}
              data-disabled={available ? undefined : true}
              aria-disabled={available ? undefined : true}
              aria-label={`${label}: ${done ? 'done' : 'pending'}${
                available ? (done ? ', run again' : ', run now') : ', not available'
              }`}
              onClick={(event) => {
                if (!available) {
                  event.preventDefault();
                  notifications.show({
                    id: 'ai-unavailable',
                    color: 'gray',
                    title: `${label} cannot run here`,
                    message: NOT_AVAILABLE_MESSAGE,
                  });
                  return;
                }
                onRun(phase);
              }}
            >
              {label}
            </Button>
          );
        })}
      </Group>
      {!available ? (
        <Text size="xs" c="dimmed" mt={6}>
          {NOT_AVAILABLE_MESSAGE}
        </Text>
      ) : null}
    </div>
  );
}
