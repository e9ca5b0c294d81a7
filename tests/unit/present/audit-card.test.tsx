// @vitest-environment jsdom
import { act } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indexLinks, turtle } from '../../../src/model/turtle';
import { Inspector } from '../../../src/panels/Inspector';
import { TurtleGrid } from '../../../src/panels/TurtleGrid';
import { ProcessCard } from '../../../src/present/cards';
import { createEditorStore } from '../../../src/store/editor-store';
import { renderInEditor } from '../support/render-in-editor';
import { mapOf } from './build';

const { map, index } = mapOf(
  { id: 'context', name: 'Context', outputs: ['Scope'] },
  {
    id: 'risk',
    name: 'Risk assessment',
    owner: 'Risk manager',
    activities: ['Identify risks'],
    inputs: ['Scope'],
    outputs: ['Risk register'],
    purpose: 'Know the <risks>',
    criteria: 'Methodology v2',
    kpis: [{ name: 'Assessments on time', target: '100%', frequency: 'quarterly' }],
    resources: ['GRC tool'],
    risks: ['Unknown assets'],
    records: ['Risk register'],
  },
  { id: 'treatment', name: 'Risk treatment', inputs: ['Risk register'] },
);
const byId = new Map(map.processes.map((p) => [p.id, p]));
const risk = byId.get('risk')!;
const actions = { onProcess: () => undefined, onArtifact: () => undefined };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

describe('the present side panel', () => {
  it('shows purpose, criteria, KPIs, resources, risks and documented information', () => {
    const shown = text(
      renderToStaticMarkup(<ProcessCard process={risk} byId={byId} index={index} {...actions} />),
    );
    expect(shown).toContain('Purpose Know the <risks>');
    expect(shown).toContain('Criteria and methods Methodology v2');
    expect(shown).toContain('KPIs Assessments on time (target 100%, quarterly)');
    expect(shown).toContain('Resources GRC tool');
    expect(shown).toContain('Risks and opportunities Unknown assets');
    expect(shown).toContain('Documented information Risk register');
  });

  it('offers the turtle card for a process', () => {
    const html = renderToStaticMarkup(
      <ProcessCard
        process={risk}
        byId={byId}
        index={index}
        {...actions}
        turtle={{ shown: false, toggle: () => undefined }}
      />,
    );
    expect(html).toContain('data-testid="present-turtle-toggle"');
    expect(text(html)).toContain('Turtle card');
  });
});

describe('the turtle card', () => {
  const boxes = turtle(
    risk,
    indexLinks(index, 'risk', (id) => byId.get(id)!.name),
  );

  it('answers the auditor in nine boxes with the process in the middle', () => {
    const shown = text(renderToStaticMarkup(<TurtleGrid boxes={boxes} />));
    expect(boxes.map((b) => b.key)).toEqual([
      'resources',
      'risks',
      'owner',
      'inputs',
      'process',
      'outputs',
      'criteria',
      'records',
      'kpis',
    ]);
    expect(shown).toContain('Inputs What comes in, from where Scope from Context');
    expect(shown).toContain('Risk assessment Know the <risks> Identify risks');
    expect(shown).toContain('Outputs What goes out, to where Risk register to Risk treatment');
    expect(shown).toContain(
      'How many KPIs: target, frequency Assessments on time target 100%, quarterly',
    );
    expect(shown).toContain('With whom Owner, roles, competence Risk manager process owner');
  });

  it('says "Not stated" for an empty box', () => {
    const bare = turtle({ ...risk, resources: undefined }, indexLinks(index, 'risk', String));
    const shown = text(renderToStaticMarkup(<TurtleGrid boxes={bare} />));
    expect(shown).toContain('With what Resources, tools, equipment Not stated');
  });

  it('opens from the inspector of a process', () => {
    const store = createEditorStore({
      map: {
        procmap: 1,
        title: 'T',
        layout: { direction: 'RIGHT' },
        processes: map.processes,
        positions: {},
      },
    });
    store.getState().actions.select(['risk']);
    const host = renderInEditor(store, <Inspector />);
    const open = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Turtle card')!;
    act(() => open.click());
    const dialog = document.querySelector('[data-testid="turtle-dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Turtle card: Risk assessment');
    expect(dialog.querySelectorAll('.pm-turtle__box')).toHaveLength(9);
    act(() => dialog.querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click());
    expect(document.querySelector('[data-testid="turtle-dialog"]')).toBeNull();
  });
});
