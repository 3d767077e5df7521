import { SectionInPreparation } from '../../components/section-in-preparation.tsx';

export default function LessonsPage() {
  return <SectionInPreparation title="lessons.title" intro="lessons.intro" />;
}
