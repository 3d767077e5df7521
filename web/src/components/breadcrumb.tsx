import { A } from '@solidjs/router';

/** The way back to the list a page belongs to, above its heading: "← All calls". */
export function Breadcrumb(props: { href: string; label: string }) {
  return (
    <nav class="breadcrumb" aria-label={props.label}>
      <A href={props.href} end activeClass="" inactiveClass="">
        <span aria-hidden="true">← </span>
        {props.label}
      </A>
    </nav>
  );
}
