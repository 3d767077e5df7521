import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useI18n } from '../i18n/index.tsx';

type Connection = 'connecting' | 'connected' | 'offline';

interface Person {
  name: string;
  color: string;
}

/** The caret of someone else: a coloured bar with their name above it. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collab-caret');
  caret.style.borderColor = String(user.color ?? '#0b4f6c');
  const label = document.createElement('span');
  label.classList.add('collab-caret__label');
  label.style.backgroundColor = String(user.color ?? '#0b4f6c');
  label.textContent = String(user.name ?? '');
  caret.append(label);
  return caret;
}

/**
 * One section's rich text, edited together: Tiptap bound to the section's shared Yjs document (the XML
 * fragment `content`), synced over the workspace's WebSocket with the session cookie. Edits made while
 * offline stay in the document and are merged when the connection comes back. Keyed by section: a new
 * section gets a new component, so the editor, the provider and the document are made on mount and
 * destroyed on cleanup, never shared.
 */
export function CollabEditor(props: {
  proposalId: string;
  sectionId: string;
  label: string;
  isEditable: boolean;
  user: Person;
}) {
  const { t } = useI18n();
  const [connection, setConnection] = createSignal<Connection>('connecting');
  const [others, setOthers] = createSignal<Person[]>([]);
  let host: HTMLDivElement | undefined;

  onMount(() => {
    const doc = new Y.Doc();
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const provider = new WebsocketProvider(
      `${scheme}://${location.host}/api/proposals/${encodeURIComponent(props.proposalId)}/sections/${encodeURIComponent(props.sectionId)}`,
      'collab',
      doc,
    );
    // Before the first connection the editor is "connecting"; once it has been connected, a lost link is "offline".
    let hasConnected = false;
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') hasConnected = true;
      setConnection(status === 'connected' ? 'connected' : hasConnected ? 'offline' : 'connecting');
    });
    const readOthers = () => {
      const people: Person[] = [];
      provider.awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: Partial<Person> }).user;
        if (clientId !== doc.clientID && user?.name) people.push({ name: user.name, color: user.color ?? '' });
      });
      setOthers(people);
    };
    provider.awareness.on('change', readOthers);

    const editor = new Editor({
      element: host ?? null,
      editable: props.isEditable,
      // The CSP refuses inline styles: Tiptap's own rules are in styles.css instead of a <style> it would add.
      injectCSS: false,
      extensions: [
        // Yjs keeps the undo history of the shared document; ProseMirror's own would undo others' words.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment: doc.getXmlFragment('content') }),
        CollaborationCaret.configure({
          provider,
          user: props.user,
          render: renderCaret,
          // The default tints a selection with a style attribute, which the CSP refuses: a class instead.
          selectionRender: () => ({ nodeName: 'span', class: 'collab-selection' }),
        }),
      ],
      editorProps: {
        attributes: {
          class: 'collab-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': props.label,
          ...(props.isEditable ? {} : { 'aria-readonly': 'true' }),
        },
      },
    });

    onCleanup(() => {
      provider.awareness.off('change', readOthers);
      editor.destroy();
      provider.destroy();
      doc.destroy();
    });
  });

  return (
    <div class="collab-editor">
      <div class="collab-editor__bar">
        <span class={`connection connection--${connection()}`} role="status">
          <span class="connection__dot" aria-hidden="true" />
          {t(`collab.connection.${connection()}`)}
        </span>
        <Show when={others().length > 0} fallback={<span class="presence presence--alone">{t('collab.presence.alone')}</span>}>
          <ul class="presence" aria-label={t('collab.presence.label')}>
            <For each={others()}>
              {(person) => (
                <li class="presence__person" style={{ 'border-color': person.color }}>
                  <span class="presence__dot" style={{ 'background-color': person.color }} aria-hidden="true" />
                  {person.name}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={!props.isEditable}>
          <span class="badge badge--neutral">{t('collab.readOnly')}</span>
        </Show>
      </div>
      <div ref={host} class="collab-editor__host" />
    </div>
  );
}
