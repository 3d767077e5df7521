import { Show } from 'solid-js';
import { ProgrammeBadge } from '../../components/call-badges.tsx';
import type { Programme } from '../../lib/api-types.ts';

/** A practice's programme as a badge above its title, on its card and its page; nothing for a practice without one. */
export function PracticeProgramme(props: { programme: Programme | null }) {
  return (
    <Show when={props.programme}>
      {(programme) => (
        <div class="call-card__badges">
          <ProgrammeBadge programme={programme()} />
        </div>
      )}
    </Show>
  );
}
