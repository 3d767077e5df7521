import { revalidate } from '@solidjs/router';
import { useI18n } from '../../i18n/index.tsx';
import { getProposal, getProposals } from './proposals.data.ts';

/** Someone changed the proposal since the page read it (409): says so, with a button that reads it again. */
export function ProposalConflict(props: { proposalId: string; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div class="inline-error" role="alert">
      <p>{t('proposal.conflict')}</p>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          props.onReload();
          void revalidate([getProposal.keyFor(props.proposalId), getProposals.key]);
        }}
      >
        {t('proposal.reload')}
      </button>
    </div>
  );
}
