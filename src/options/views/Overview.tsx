import { useMemo } from 'preact/hooks';
import { MILESTONES } from '../../core/model/activity';
import { displayName } from '../../core/model/contact';
import { today } from '../../core/model/interaction';
import { STAGES } from '../../core/model/stage';
import { losingTouch } from '../../core/relationship/cadence';
import { funnelOf, type Funnel } from '../../core/relationship/funnel';
import { useSettings } from '../../pages/use-settings';
import { formatDay, formatNumber, formatPercent, t, type MessageKey } from '../../ui/i18n';
import { EmptyNetwork } from '../EmptyNetwork';
import { useNetwork } from '../use-network';
import './overview.css';

/** Contacts shown in the overview's "losing touch" card; the follow-ups view has them all. */
const LOSING_TOUCH_SHOWN = 5;

/** F8: the funnel (contacto no es conexión, seed 004), the milestones, and who is slipping away. */
export function OverviewView() {
  const settings = useSettings();
  const data = useNetwork(settings.recurringMinThreads);
  const funnel = useMemo(() => data && funnelOf(data.network.contacts, (id) => data.network.activity.get(id)), [data]);
  const slipping = useMemo(
    () => data && losingTouch(data.network.contacts, (id) => data.network.activity.get(id), settings, today()),
    [data, settings.tagCadences, settings.stageCadences],
  );
  if (!data || !funnel || !slipping) return <p class="secondary" role="status">{t('networkLoading')}</p>;
  if (funnel.total === 0) return <EmptyNetwork />;
  return (
    <div class="overview">
      <FunnelCard funnel={funnel} />
      <MilestonesCard funnel={funnel} />
      <section class="card" aria-labelledby="slipping-title">
        <h2 id="slipping-title">{t('losingTouchTitle')}</h2>
        {slipping.length === 0 ? (
          <p class="secondary">{t('losingTouchNone')}</p>
        ) : (
          <>
            <ul class="slipping">
              {slipping.slice(0, LOSING_TOUCH_SHOWN).map(({ contact, followUp, overdueDays }) => (
                <li key={contact.id}>
                  <a href={`#network?open=${encodeURIComponent(contact.id)}`}>{displayName(contact)}</a>
                  <span class="secondary small">
                    {followUp.since && t('losingTouchSince', formatDay(followUp.since), formatNumber(followUp.cadence?.days ?? 0), formatNumber(overdueDays))}
                  </span>
                </li>
              ))}
            </ul>
            <a href="#followups">{t('losingTouchAll', formatNumber(slipping.length))}</a>
          </>
        )}
      </section>
    </div>
  );
}

/** Bars as wide as their share of the network: a handful of relationships among thousands of contacts is the point. */
function Bar({ label, count, total, tone }: { label: string; count: number; total: number; tone: string }) {
  const share = total ? count / total : 0;
  return (
    <div class="funnel-row">
      <span class="funnel-label">{label}</span>
      <span class="funnel-track" aria-hidden="true">
        <span class={`funnel-bar ${tone}`} style={{ width: count ? `max(3px, ${(share * 100).toFixed(2)}%)` : '0' }} />
      </span>
      <span class="funnel-count">
        <strong>{formatNumber(count)}</strong>
        <span class="secondary small">{` ${formatPercent(share, share < 0.01 && count ? 1 : 0)}`}</span>
      </span>
    </div>
  );
}

function FunnelCard({ funnel }: { funnel: Funnel }) {
  return (
    <section class="card" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('funnelTitle')}</h2>
      <p class="secondary small">{t('funnelIntro')}</p>
      <div class="funnel" role="list">
        {STAGES.map((stage) => (
          <div role="listitem" key={stage} aria-label={t('funnelAria', t(`funnelStage_${stage}` as MessageKey), formatNumber(funnel.reached[stage]), formatNumber(funnel.at[stage]))}>
            <Bar label={t(`funnelStage_${stage}` as MessageKey)} count={funnel.reached[stage]} total={funnel.total} tone={`stage-${stage}`} />
          </div>
        ))}
      </div>
      <p class="secondary small">{t('funnelOnlyContacts', formatNumber(funnel.at.contact), formatNumber(funnel.total))}</p>
    </section>
  );
}

function MilestonesCard({ funnel }: { funnel: Funnel }) {
  return (
    <section class="card" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('milestonesTitle')}</h2>
      <div class="funnel" role="list">
        {MILESTONES.map((m) => (
          <div role="listitem" key={m}>
            <Bar label={t(`milestone_${m}` as MessageKey)} count={funnel.milestones[m]} total={funnel.total} tone="milestone" />
          </div>
        ))}
      </div>
    </section>
  );
}
