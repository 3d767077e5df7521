import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { createEffect, on, onCleanup, onMount } from 'solid-js';

// Only what the dashboard draws (bars and lines on category and linear axes, with tooltips and a legend):
// Chart.js leaves out of the bundle whatever is not registered.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
// The page's own font and muted text colour (styles.css), so that Greek labels look like the rest of the page.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#4b5b6b';
Chart.defaults.borderColor = '#e3e8ed';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A Chart.js chart on a canvas: created once mounted, given new data and options when `config` changes (a new
 * chart only when its type changes), destroyed with the component. The canvas is an image to assistive
 * technology, described by `label`; the same figures must also be on the page as a table or a download.
 */
export function ChartCanvas<Type extends ChartType>(props: {
  config: ChartConfiguration<Type>;
  /** What the chart shows, in words: its aria-label. */
  label: string;
  /** The drawing's height in rem; it takes the whole width of its container. */
  heightRem?: number;
}) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<Type> | undefined;
  let drawnType: ChartType | undefined;

  // The drawing follows its container's size, and holds still for those who asked for less motion.
  const optionsOf = (config: ChartConfiguration<Type>) =>
    ({
      responsive: true,
      maintainAspectRatio: false,
      ...(prefersReducedMotion() ? { animation: false } : {}),
      ...config.options,
    }) as NonNullable<ChartConfiguration<Type>['options']>;

  const create = (config: ChartConfiguration<Type>) => {
    if (!canvas) return;
    chart = new Chart(canvas, { ...config, options: optionsOf(config) });
    drawnType = config.type;
  };

  onMount(() => create(props.config));
  createEffect(
    on(
      () => props.config,
      (config) => {
        if (!chart) return;
        if (drawnType !== config.type) {
          chart.destroy();
          create(config);
          return;
        }
        chart.data = config.data;
        chart.options = optionsOf(config);
        chart.update();
      },
      { defer: true },
    ),
  );
  onCleanup(() => {
    chart?.destroy();
    chart = undefined;
  });

  return (
    <div class="chart" style={{ '--chart-height': `${props.heightRem ?? 18}rem` }}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
