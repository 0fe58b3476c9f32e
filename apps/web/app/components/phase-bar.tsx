import { Button, Group } from '@mantine/core';
import { IconCircleCheckFilled, IconClock, IconPlayerPlay } from '@tabler/icons-react';
import { PHASE_LABEL, AI_PHASES, type AiPhase } from '@jobforge/domain';

export interface PhaseState {
  done: boolean;
  running: boolean;
}

/** The three phases as the seed draws them: a check when done, a clock when pending; each can always be (re)run. */
export function PhaseBar({
  phases,
  busy = false,
  onRun,
}: {
  phases: Record<AiPhase, PhaseState>;
  /** Another phase is running: one at a time keeps the phases' inputs consistent. */
  busy?: boolean;
  onRun: (phase: AiPhase) => void;
}) {
  return (
    <div>
      <Group gap="xs" role="group" aria-label="AI phases">
        {AI_PHASES.map((phase) => {
          const { done, running } = phases[phase];
          const label = PHASE_LABEL[phase];
          return (
            <Button
              key={phase}
              variant={done ? 'filled' : 'default'}
              color={done ? 'teal' : undefined}
              leftSection={done ? <IconCircleCheckFilled size={18} /> : running ? undefined : <IconClock size={18} />}
              rightSection={running ? undefined : <IconPlayerPlay size={14} />}
              loading={running}
              disabled={busy && !running}
              aria-label={`${label}: ${done ? 'done' : 'pending'}${done ? ', run again' : ', run now'}`}
              onClick={() => onRun(phase)}
            >
              {label}
            </Button>
          );
        })}
      </Group>
    </div>
  );
}
