import type { RootCauseAnalysis, TimelineEntry, WhyChain, WhyLink } from '@aftermath/domain';
import { EntryCitations } from './entry-citations';
import { newChain, newLink, removeAt, replaceAt } from './rca-draft';

/** The entry ids a link cites; citations of evidence alone are kept as they are. */
function citedEntries(link: WhyLink): string[] {
  return link.evidence.flatMap((cited) => (cited.entryId === undefined ? [] : [cited.entryId]));
}

/** Sets the cited entries of a link, keeping its evidence-only citations. */
function withCitedEntries(link: WhyLink, entryIds: string[]): WhyLink {
  const evidenceOnly = link.evidence.filter((cited) => cited.entryId === undefined);
  return { ...link, evidence: [...entryIds.map((entryId) => ({ entryId })), ...evidenceOnly] };
}

function ChainEditor({
  chain,
  number,
  entries,
  onChange,
  onRemove,
}: {
  chain: WhyChain;
  number: number;
  entries: readonly TimelineEntry[];
  onChange: (chain: WhyChain) => void;
  onRemove: () => void;
}) {
  const setLink = (index: number, link: WhyLink) =>
    onChange({ ...chain, links: replaceAt(chain.links, index, link) });
  return (
    <li className="rca-chain" aria-label={`Why chain ${number}`}>
      <label className="rca-grow">
        <span>Problem</span>
        <input
          value={chain.problem}
          placeholder="What happened, as customers saw it"
          onChange={(event) => onChange({ ...chain, problem: event.target.value })}
        />
      </label>
      <ol className="rca-links">
        {chain.links.map((link, index) => (
          <li key={index} className="rca-item" aria-label={`Why ${index + 1}`}>
            <label className="rca-grow">
              <span>Why?</span>
              <input
                value={link.why}
                placeholder={index === 0 ? 'Why did that happen?' : 'Why was that?'}
                onChange={(event) => setLink(index, { ...link, why: event.target.value })}
              />
            </label>
            <label className="rca-grow">
              <span>Because</span>
              <input
                value={link.answer}
                onChange={(event) => setLink(index, { ...link, answer: event.target.value })}
              />
            </label>
            <EntryCitations
              label="Evidence (timeline entries)"
              entries={entries}
              selected={citedEntries(link)}
              onChange={(ids) => setLink(index, withCitedEntries(link, ids))}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => onChange({ ...chain, links: removeAt(chain.links, index) })}
            >
              Remove this why
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          onClick={() => onChange({ ...chain, links: [...chain.links, newLink()] })}
        >
          Ask why again
        </button>
        <button type="button" className="link-button" onClick={onRemove}>
          Remove chain
        </button>
      </div>
    </li>
  );
}

/** Several 5-whys chains, each a problem followed by why → because links that cite evidence. */
export function WhysEditor({
  rca,
  entries,
  onChange,
}: {
  rca: RootCauseAnalysis;
  entries: readonly TimelineEntry[];
  onChange: (rca: RootCauseAnalysis) => void;
}) {
  return (
    <section className="rca-block" aria-labelledby="rca-whys-title">
      <h4 id="rca-whys-title">Five whys</h4>
      <ol className="rca-list">
        {rca.whys.map((chain, index) => (
          <ChainEditor
            key={chain.id}
            chain={chain}
            number={index + 1}
            entries={entries}
            onChange={(next) => onChange({ ...rca, whys: replaceAt(rca.whys, index, next) })}
            onRemove={() => onChange({ ...rca, whys: removeAt(rca.whys, index) })}
          />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange({ ...rca, whys: [...rca.whys, newChain(rca)] })}
      >
        Add why chain
      </button>
    </section>
  );
}
