import { createSignal, For, untrack } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import { addTargetGroups, targetGroupMaxLength } from '../lib/need-form.ts';
import { TextField } from './form-field.tsx';

/**
 * The target groups of a need as chips: typing a group and pressing Enter or a comma (or "Add") makes it a
 * chip; each chip has its own remove button. The chosen groups travel in the form as hidden `targetGroups`
 * values; whatever is still typed goes as `targetGroupsDraft`, so nothing typed is lost on submit.
 */
export function TargetGroupsInput(props: { id: string; label: string; hint: string; error: string | undefined; initial: string[] }) {
  const { t } = useI18n();
  // The form is built once per need, so the first value is all this component needs of `initial`.
  const [groups, setGroups] = createSignal<string[]>(untrack(() => props.initial));
  const [draft, setDraft] = createSignal('');
  const [announcement, setAnnouncement] = createSignal('');
  let input: HTMLInputElement | undefined;

  /** Makes chips of the typed text; `rest` stays in the box (what follows the last comma, still being typed). */
  const commitDraft = (typed = draft(), rest = '') => {
    const before = groups();
    const after = addTargetGroups(before, typed);
    setDraft(rest);
    if (input && input.value !== rest) input.value = rest;
    if (after.length === before.length) return;
    setGroups(after);
    setAnnouncement(t('needForm.groupAdded', { group: after.slice(before.length).join(', ') }));
  };

  const remove = (group: string) => {
    setGroups(groups().filter((candidate) => candidate !== group));
    setAnnouncement(t('needForm.groupRemoved', { group }));
    input?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would submit the whole form; here it only adds the group.
      event.preventDefault();
      commitDraft();
    }
  };

  return (
    <TextField id={props.id} name="targetGroupsDraft" label={props.label} hint={props.hint} error={props.error}>
      {(attributes) => (
        <div class="chips-input">
          <ul class="chips" aria-label={props.label}>
            <For each={groups()}>
              {(group) => (
                <li class="chip">
                  <span class="chip__text">{group}</span>
                  <input type="hidden" name="targetGroups" value={group} />
                  <button
                    type="button"
                    class="chip__remove"
                    aria-label={t('needForm.removeGroup', { group })}
                    onClick={() => remove(group)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
          <div class="chips-input__row">
            <input
              {...attributes}
              ref={input}
              type="text"
              autocomplete="off"
              enterkeyhint="enter"
              maxLength={targetGroupMaxLength * 4}
              value={draft()}
              onInput={(event) => {
                const value = event.currentTarget.value;
                // A comma typed or pasted ends a group, as on a phone keyboard that sends no key events.
                const lastComma = value.lastIndexOf(',');
                if (lastComma >= 0) commitDraft(value.slice(0, lastComma), value.slice(lastComma + 1).trimStart());
                else setDraft(value);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => commitDraft()}
            />
            <button type="button" class="button button--quiet" onClick={() => {
                commitDraft();
                input?.focus();
              }}>
              {t('needForm.addGroup')}
            </button>
          </div>
          <span class="visually-hidden" aria-live="polite">
            {announcement()}
          </span>
        </div>
      )}
    </TextField>
  );
}
