import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';

/** A page's heading and, under it, what the page is for. */
export function PageHeader(props: { title: string; intro?: string | undefined }) {
  return (
    <header class="page-header">
      <h1>{props.title}</h1>
      <Show when={props.intro}>
        <p class="page-header__intro">{props.intro}</p>
      </Show>
    </header>
  );
}

/** A list page's heading and intro, with its actions (add one, go to a related page) beside them. */
export function PageHeaderWithActions(props: { title: string; intro: string; children: JSX.Element }) {
  return (
    <header class="page-header page-header--split">
      <div>
        <h1>{props.title}</h1>
        <p class="page-header__intro">{props.intro}</p>
      </div>
      {props.children}
    </header>
  );
}

/** The header's link to the form that adds one more of what the page lists. */
export function NewItemLink(props: { href: string; label: string }) {
  return (
    <A href={props.href} class="button button--primary page-header__action" activeClass="" inactiveClass="" end>
      <span aria-hidden="true">+</span>
      {props.label}
    </A>
  );
}
