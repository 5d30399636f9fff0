import { GHOST, SYMBOLS, type SymbolId, type SymbolStyle } from './symbols';

const ORDER: SymbolId[] = ['active', 'latent', 'satellite', 'tender', 'note', 'essential', 'spillover', 'caution'];

function Swatch({ symbol }: { symbol: SymbolStyle }) {
  const zone = symbol.id === 'essential' || symbol.id === 'spillover' || symbol.id === 'caution';
  return (
    <svg className="legend__swatch" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <defs>
        <pattern
          id={`hatch-${symbol.id}`}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="4" stroke={symbol.stroke} strokeWidth="1.2" />
        </pattern>
      </defs>
      {zone ? (
        <rect
          x="2"
          y="4"
          width="20"
          height="16"
          rx="4"
          fill={symbol.id === 'essential' ? symbol.fill : `url(#hatch-${symbol.id})`}
          stroke={symbol.stroke}
          strokeDasharray={symbol.id === 'essential' ? undefined : '3 2'}
        />
      ) : symbol.id === 'tender' ? (
        <path d="M12 4 L20 19 L4 19 Z" fill={symbol.fill} stroke={symbol.stroke} strokeWidth="1.5" />
      ) : symbol.id === 'note' ? (
        <path d="M12 21 L7 12 A6 6 0 1 1 17 12 Z" fill={symbol.fill} stroke={symbol.stroke} strokeWidth="1.2" />
      ) : symbol.id === 'satellite' ? (
        <>
          <line x1="3" y1="20" x2="12" y2="12" stroke={symbol.stroke} strokeWidth="1.5" strokeDasharray="2 2" />
          <circle cx="14" cy="10" r="5" fill={symbol.fill} stroke={symbol.stroke} strokeWidth="1.5" />
        </>
      ) : (
        <circle cx="12" cy="12" r="7" fill={symbol.fill} stroke={symbol.stroke} strokeWidth="2" />
      )}
    </svg>
  );
}

/** A point from the last visit: a faded trigger point in a dashed ring, as the chart draws it. */
function GhostSwatch() {
  const symbol = SYMBOLS.active;
  return (
    <svg className="legend__swatch" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <circle
        cx="12"
        cy="12"
        r="5.5"
        fill={symbol.fill}
        stroke={symbol.stroke}
        strokeWidth="1.5"
        opacity={GHOST.alpha}
      />
      <circle cx="12" cy="12" r="10" fill="none" stroke={GHOST.ring} strokeWidth="1.3" strokeDasharray="2.5 2" />
    </svg>
  );
}

/**
 * Every symbol the chart uses. Always on screen, and printed with the chart. `ghosts`: points
 * from the last visit waiting to be re-assessed are shown, so their symbol is listed too.
 */
export function Legend({ ghosts = false }: { ghosts?: boolean }) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title" className="legend__title">
        Legend
      </h3>
      <ul className="legend__list">
        {ORDER.map((id) => (
          <li key={id} className="legend__item">
            <Swatch symbol={SYMBOLS[id]} />
            <span>
              <span className="legend__label">{SYMBOLS[id].label}</span>
              <span className="legend__description">{SYMBOLS[id].description}</span>
            </span>
          </li>
        ))}
        {ghosts && (
          <li className="legend__item">
            <GhostSwatch />
            <span>
              <span className="legend__label">{GHOST.label}</span>
              <span className="legend__description">{GHOST.description}</span>
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}
