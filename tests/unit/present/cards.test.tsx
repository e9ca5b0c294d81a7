import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArtifactCard, OverviewCard, ProcessCard } from '../../../src/present/cards';
import { mapOf } from './build';

const { map, index } = mapOf(
  { id: 'context', name: 'Context', outputs: ['Scope'] },
  {
    id: 'risk',
    name: 'Risk assessment',
    category: 'core',
    owner: 'Risk manager',
    activities: ['Identify risks', 'Evaluate risks'],
    inputs: ['Scope', 'Threat <intel>'],
    outputs: ['Risk register', 'Risk register ', 'Unused report'],
    documentation: 'Methodology v2',
    references: ['6.1.2', '8.2'],
  },
  { id: 'treatment', name: 'Risk treatment', inputs: ['risk register'] },
  { id: 'review', name: 'Management review', inputs: ['Risk Register'] },
);
const byId = new Map(map.processes.map((p) => [p.id, p]));
const actions = { onProcess: () => undefined, onArtifact: () => undefined };

/** The card's text, one space between words, as a reader sees it. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('ProcessCard', () => {
  const html = renderToStaticMarkup(
    <ProcessCard process={byId.get('risk')!} byId={byId} index={index} {...actions} />,
  );

  it('shows owner, activities, documentation and clause references', () => {
    const shown = text(html);
    expect(shown).toContain('Owner Risk manager');
    expect(shown).toContain('Activities Identify risks Evaluate risks');
    expect(shown).toContain('Documentation Methodology v2');
    expect(shown).toContain('ISO 27001 references 6.1.2 8.2');
  });

  it('lists each input with its producers and each output once with its consumers', () => {
    const shown = text(html);
    expect(shown).toContain('Scope from Context');
    expect(shown).toContain('Risk register to Risk treatment , Management review');
    expect(shown.match(/Risk register/g)).toHaveLength(1);
  });

  it('says so when nobody produces an input or uses an output', () => {
    const shown = text(html);
    expect(shown).toContain('Threat <intel> no process produces it');
    expect(shown).toContain('Unused report no process uses it');
  });

  it('writes what the user typed as text, never as markup', () => {
    expect(html).toContain('Threat &lt;intel&gt;');
    expect(html).not.toContain('<intel>');
  });
});

describe('ArtifactCard', () => {
  it('lists every producer and consumer of the artifact and the way back', () => {
    const html = renderToStaticMarkup(
      <ArtifactCard
        artifact="risk register"
        from={byId.get('risk')}
        byId={byId}
        index={index}
        {...actions}
      />,
    );
    expect(text(html)).toBe(
      'Artifact Risk register Produced by Risk assessment Used by Risk treatment Management review Esc back to Risk assessment',
    );
  });
});

describe('OverviewCard', () => {
  it('names the map and counts its processes and steps', () => {
    const html = renderToStaticMarkup(
      <OverviewCard
        map={{
          ...map,
          procmap: 1,
          title: 'ISMS map',
          organization: 'Example Ltd',
          layout: { direction: 'RIGHT' },
          positions: {},
        }}
        steps={4}
      />,
    );
    expect(text(html)).toContain('ISMS map Organisation Example Ltd');
    expect(text(html)).toContain('4 processes and 0 external parties, shown in 4 steps.');
  });
});
