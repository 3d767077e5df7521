/** The priority needs named by the CNI needs assessment of its member municipalities. */
export const cniThemes = [
  {
    slug: 'municipal-services',
    name: 'Municipal structures and services',
    nameEl: 'Δημοτικές δομές και υπηρεσίες',
    description:
      'Specialised training of municipal staff, intercultural mediation, services against gender-based violence, Migrant Integration Centres.',
    descriptionEl:
      'Εξειδικευμένη εκπαίδευση δημοτικών υπαλλήλων, διαπολιτισμική μεσολάβηση, υπηρεσίες κατά της έμφυλης βίας, Κέντρα Ένταξης Μεταναστών.',
  },
  {
    slug: 'institutional-reform',
    name: 'Institutional reform',
    nameEl: 'Θεσμική μεταρρύθμιση',
    description: 'Managing the exits of recognised refugees from the ESTIA housing programme and related integration policies.',
    descriptionEl: 'Διαχείριση των εξόδων αναγνωρισμένων προσφύγων από το πρόγραμμα ΕΣΤΙΑ και σχετικές πολιτικές ένταξης.',
  },
  {
    slug: 'awareness-participation',
    name: 'Awareness and participation',
    nameEl: 'Ευαισθητοποίηση και συμμετοχή',
    description: 'Combating racism, cultural and sports activities, exchange and dissemination of good practices.',
    descriptionEl: 'Καταπολέμηση του ρατσισμού, πολιτιστικές και αθλητικές δράσεις, ανταλλαγή και διάχυση καλών πρακτικών.',
  },
  {
    slug: 'networking',
    name: 'Connecting members',
    nameEl: 'Δικτύωση μελών',
    description: 'Connecting the members of the network with each other and with partners.',
    descriptionEl: 'Διασύνδεση των μελών του δικτύου μεταξύ τους και με εταίρους.',
  },
  {
    slug: 'labour-market',
    name: 'Education and labour-market integration',
    nameEl: 'Εκπαίδευση και ένταξη στην αγορά εργασίας',
    description:
      'Connecting refugees to the local labour market, adult education and training, skills development, job counselling.',
    descriptionEl:
      'Σύνδεση των προσφύγων με την τοπική αγορά εργασίας, εκπαίδευση ενηλίκων, ανάπτυξη δεξιοτήτων, συμβουλευτική απασχόλησης.',
  },
] as const;
