import { SectionInPreparation } from '../../components/section-in-preparation.tsx';

export default function CallsPage() {
  return <SectionInPreparation title="calls.title" intro="calls.intro" />;
}
