import { SectionInPreparation } from '../../components/section-in-preparation.tsx';

export default function NeedsPage() {
  return <SectionInPreparation title="needs.title" intro="needs.intro" />;
}
