import { donorListName } from '@/lib/content';
import { localeDirection } from '@/lib/site';
import { fromReadingStart, wrapLabel } from '@/lib/svg-text';
import { usePage } from '@/components/page-scope';

const WIDTH = 960;
const LINE = 15;
const GAP = 10;
const columns = { donors: { x: 0, width: 250, chars: 32 }, projects: { x: 340, width: 340, chars: 44 }, areas: { x: 770, width: 190, chars: 24 } };

interface Node { id: string; lines: string[]; y: number; height: number }

/** Stacks wrapped labels down a column; returns each node's box. */
function layout(items: Array<{ id: string; label: string }>, chars: number): Node[] {
  let y = 0;
  return items.map(({ id, label }) => {
    const lines = wrapLabel(label, chars);
    const node = { id, lines, y, height: lines.length * LINE + 12 };
    y += node.height + GAP;
    return node;
  });
}

const bottom = (nodes: Node[]) => Math.max(...nodes.map((n) => n.y + n.height));
const middle = (n: Node) => n.y + n.height / 2;

function Column({ nodes, x, width, className, rtl }: { nodes: Node[]; x: number; width: number; className: string; rtl: boolean }) {
  const fromStart = fromReadingStart(WIDTH, rtl);
  const textX = rtl ? fromStart(x) - 8 : x + 8;
  return nodes.map((n) => (
    <g key={n.id}>
      <rect x={fromStart(x, width)} y={n.y} width={width} height={n.height} rx={4} className={className} />
      <text x={textX} y={n.y + 6 + LINE - 3} className="fill-slate-900 text-[13px]">
        {n.lines.map((line, i) => <tspan key={i} x={textX} dy={i === 0 ? 0 : LINE}>{line}</tspan>)}
      </text>
    </g>
  ));
}

/** Donors → projects → thematic areas as a build-time SVG; the funding table beside it says the same. */
export function FundingDiagram() {
  const { locale, t, c: content } = usePage();
  const rtl = localeDirection(locale) === 'rtl';
  const fromStart = fromReadingStart(WIDTH, rtl);
  const rows = content.fundingRows();
  const donors = layout(content.donors().filter((d) => content.projectsFundedBy(d).length > 0).map((d) => ({ id: d.slug, label: donorListName(d) })), columns.donors.chars);
  const projects = layout(content.projects().map((p) => ({ id: p.slug, label: p.shortName && !p.title.includes(p.shortName) ? `${p.shortName}: ${p.title}` : p.title })), columns.projects.chars);
  const areas = layout(content.thematicAreas().map((a) => ({ id: a.slug, label: a.title })), columns.areas.chars);
  const byId = (nodes: Node[]) => new Map(nodes.map((n) => [n.id, n]));
  const donorAt = byId(donors);
  const projectAt = byId(projects);
  const areaAt = byId(areas);
  const height = Math.max(bottom(donors), bottom(projects), bottom(areas));
  const curve = (from: number, y1: number, to: number, y2: number) => {
    const [x1, x2] = [fromStart(from), fromStart(to)];
    return `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`;
  };
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('fundingDiagram.region')} tabIndex={0}>
      <svg viewBox={`-2 -2 ${WIDTH + 4} ${height + 4}`} className="min-w-[40rem]" role="img" aria-labelledby="funding-diagram-title funding-diagram-desc" data-testid="funding-diagram" direction={rtl ? 'rtl' : 'ltr'}>
        <title id="funding-diagram-title">{t('fundingDiagram.title')}</title>
        <desc id="funding-diagram-desc">
          {t('fundingDiagram.desc', { donors: donors.length, projects: projects.length, areas: areas.length, pairs: rows.length })}
        </desc>
        <g className="fill-none stroke-brand-700" strokeOpacity={0.5} strokeWidth={1.5}>
          {rows.map((r) => {
            const d = donorAt.get(r.donor.slug)!;
            const p = projectAt.get(r.project.slug)!;
            return <path key={`${r.donor.slug}-${r.project.slug}`} d={curve(columns.donors.width, middle(d), columns.projects.x, middle(p))} />;
          })}
          {content.projects().map((p) => (
            <path key={p.slug} d={curve(columns.projects.x + columns.projects.width, middle(projectAt.get(p.slug)!), columns.areas.x, middle(areaAt.get(p.area)!))} />
          ))}
        </g>
        <Column nodes={donors} x={columns.donors.x} width={columns.donors.width} className="fill-brand-50 stroke-brand-700" rtl={rtl} />
        <Column nodes={projects} x={columns.projects.x} width={columns.projects.width} className="fill-white stroke-brand-700" rtl={rtl} />
        <Column nodes={areas} x={columns.areas.x} width={columns.areas.width} className="fill-brand-50 stroke-brand-700" rtl={rtl} />
      </svg>
    </div>
  );
}
