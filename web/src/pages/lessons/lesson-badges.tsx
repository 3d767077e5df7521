import { ProgrammeBadge } from '../../components/call-badges.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Lesson } from '../../lib/api-types.ts';

/** Who may read the lesson, said in words (the colour only repeats it). */
export function SharingBadge(props: { sharing: string }) {
  const { tValue } = useI18n();
  return <span class={`badge badge--sharing badge--sharing-${props.sharing}`}>{tValue('lessons.sharing', props.sharing)}</span>;
}

/** A lesson's programme, the phase it is about, and who may read it, in one row. */
export function LessonBadges(props: { lesson: Pick<Lesson, 'programme' | 'phase' | 'sharing'> }) {
  const { tValue } = useI18n();
  return (
    <div class="lesson-badges">
      <ProgrammeBadge programme={props.lesson.programme} />
      <span class="badge badge--neutral">{tValue('lessons.phase', props.lesson.phase)}</span>
      <SharingBadge sharing={props.lesson.sharing} />
    </div>
  );
}
