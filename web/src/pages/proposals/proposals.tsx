import { SectionInPreparation } from '../../components/section-in-preparation.tsx';

export default function ProposalsPage() {
  return <SectionInPreparation title="proposals.title" intro="proposals.intro" />;
}
