import { STAGES, type Stage } from '../core/model/stage';
import { t, type MessageKey } from './i18n';

/** The relationship stage as a row of radio buttons: one click, and keyboard arrows work natively. */
export function StagePicker({ value, onChange }: { value: Stage; onChange: (stage: Stage) => void }) {
  return (
    <fieldset class="stage-picker">
      <legend>{t('stage')}</legend>
      <div class="segmented">
        {STAGES.map((stage) => (
          <label key={stage} class={stage === value ? 'selected' : ''} title={t(`stageHelp_${stage}` as MessageKey)}>
            <input type="radio" name="stage" value={stage} checked={stage === value} onChange={() => onChange(stage)} />
            {t(`stage_${stage}` as MessageKey)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
