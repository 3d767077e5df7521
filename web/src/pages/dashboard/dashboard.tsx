import { SectionInPreparation } from '../../components/section-in-preparation.tsx';

export default function DashboardPage() {
  return <SectionInPreparation title="dashboard.title" intro="dashboard.intro" />;
}
