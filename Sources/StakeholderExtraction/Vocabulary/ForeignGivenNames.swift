/// Common given names of the countries Polish regions work with (German, Dutch, Flemish, Nordic, Baltic, Czech,
/// Slovak, Hungarian, Romance, South Slavic, Ukrainian): a general list, consulted after ``FirstNames`` and the
/// lexicon's ranked given names. Words that are also common English or Polish words ("Will", "Rose", "Lato") are
/// left out, so a capitalised common word is never read as a name.
///
///     ForeignGivenNames.lookup("Joris")    // ("Joris", false)
///     ForeignGivenNames.lookup("Sabine")   // ("Sabine", true)
enum ForeignGivenNames {
  static let feminine: WordSet = words("""
    Sabine Birgit Brigitte Claudia Cornelia Gabriele Heike Jutta Kerstin Monika Petra Silke Stefanie Ulrike Anke
    Katharina Christina Christine Andrea Angelika Barbara Doris Elke Franziska Gisela Ilse Johanna Karin Lena Lisa
    Marlene Nicole Renate Sandra Simone Tanja Ute Verena Annette Antje Bettina Dagmar Friederike Henrike Manuela
    Anouk Annelies Els Femke Ilse Inge Lieve Liesbeth Lotte Marieke Mieke Nathalie Saskia Sanne Veerle Wendy Griet
    Astrid Britt Camilla Cecilia Elin Frida Hanne Helle Ida Karin Kirsten Lene Linnea Malin Mette Pernille Signe
    Siri Sigrid Solveig Ulla Åsa Ebba Ingeborg Marit Ragnhild Tove Hilde Anneli Eija Hanna Kirsi Minna Päivi Pirjo
    Satu Sanna Tarja Terhi Outi Helena Johanna Maarit Merja
    Agnė Aistė Aušra Birutė Dalia Eglė Gintarė Giedrė Ieva Inga Jolanta Jurgita Kristina Laura Lina Milda Neringa
    Raminta Rūta Sigita Simona Vaida Vilma Živilė Austėja Dace Ilze Inese Kristīne Liene Līga Sanita Zane Anu Kadri
    Kersti Kristi Liis Maarja Merike Piret Pille Reet Triin Tiiu
    Kateřina Markéta Lucie Tereza Veronika Hana Ivana Jitka Lenka Michaela Pavla Petra Radka Šárka Alena Dagmara
    Eva Jarmila Kristýna Klára Ludmila Miroslava Zdeňka Zuzana Jana Katarína Lucia Mária Martina Silvia Soňa
    Zsófia Katalin Erzsébet Ildikó Judit Krisztina Zsuzsanna Ágnes Andrea Anikó Edit Eszter Gabriella Hajnalka
    Ibolya Márta Orsolya Réka Tímea Viktória Boglárka Dóra Enikő
    Giulia Chiara Federica Francesca Alessandra Elisa Elena Silvia Valentina Paola Roberta Simona Laura Sara Marta
    Isabel Carmen Pilar Mercedes Nuria Montserrat Cristina Beatriz Marta Raquel Lucía Inês Joana Mariana Catarina
    Rita Teresa Sofia Filipa Beatriz Madalena Céline Camille Chloé Élodie Émilie Isabelle Nathalie Sophie Sylvie
    Valérie Véronique Amélie Aurélie Brigitte Hélène Mathilde Pauline
    Maja Mojca Nataša Petra Tanja Tjaša Špela Urška Vesna Ivana Jelena Marija Snježana Ana Dragana Milica Ioana
    Andreea Elena Mihaela Raluca Roxana Alina Cristina Oksana Olena Iryna Tetiana Nataliia Yuliia Kateryna Svitlana
    Halyna Larysa Maria Eleni Dimitra Georgia Katerina Sofia Niamh Siobhán Aoife Ciara Sinéad Gráinne
    """)
  static let masculine: WordSet = words("""
    Jens Johannes Jürgen Jörg Uwe Holger Dieter Wolfgang Manfred Günter Gerhard Helmut Horst Rolf Torsten Thorsten
    Sven Dirk Frank Ralf Matthias Stefan Sebastian Tobias Florian Lukas Maximilian Moritz Felix Benedikt Bernd
    Christoph Detlef Eckhard Fabian Friedrich Gerd Hartmut Heinz Hendrik Ingo Joachim Karsten Lutz Marcel Nils
    Norbert Olaf Reinhard Rüdiger Steffen Ulrich Volker Werner Wilhelm Jochen Kai Timo Tim Axel Björn
    Pieter Wim Joost Jeroen Maarten Bart Koen Bram Dirk Geert Hans Jan Joris Kees Luuk Niels Ruud Sander Stijn Thijs
    Wouter Willem Arjen Gert Hendrik Jasper Jelle Jesper Roel Rik Tom Tijs Filip Wout Dries Jef Gert Lieven
    Anders Bengt Erik Fredrik Gustav Håkan Johan Lars Magnus Mats Mikael Nils Olof Stefan Sven Ulf Henrik Jesper
    Mads Morten Rasmus Søren Torben Thomas Jens Kjell Knut Øyvind Terje Trond Arne Bjørn Espen Geir Halvard
    Antti Esa Hannu Ilkka Jaakko Janne Jussi Kalle Lauri Markku Mikko Olli Pasi Pertti Sami Seppo Tapio Teemu
    Tuomas Vesa Ari Eero Juho Kimmo Risto Veli
    Algirdas Arūnas Darius Dainius Gediminas Giedrius Kęstutis Linas Mindaugas Paulius Rimantas Saulius Tomas
    Vaidas Vytautas Žilvinas Audrius Donatas Egidijus Justinas Ričardas Andris Edgars Jānis Kārlis Māris Raimonds
    Uldis Valdis Aivars Andrus Indrek Jaan Kalev Margus Mart Priit Rein Tarmo Tõnu Urmas Veiko
    Ondřej Jiří Jaroslav Miroslav Radek Vojtěch Zdeněk Aleš Lubomír Luboš Michal Ladislav Vladimír Václav
    Karel Josef František Stanislav Jakub Lukáš Marek Matěj Štěpán Vít Dušan Ľubomír Peter Juraj Marián Róbert
    Zoltán László István Gábor Attila Balázs Csaba Ferenc György Imre János József Károly Lajos Levente Miklós Péter
    Sándor Tamás Zsolt Bence Dániel Ádám Ákos Norbert
    Giovanni Giuseppe Francesco Alessandro Andrea Lorenzo Matteo Stefano Roberto Massimo Marco Luca Paolo Davide
    Federico Fabio Riccardo Simone Enrico Claudio Maurizio Emanuele Alberto Giorgio Jordi Javier Alejandro Sergio
    Rafael Fernando Francisco Manuel Ignacio Iñaki Xabier Mikel Josu Aitor Gorka João Pedro Tiago Nuno Ricardo
    Duarte Gonçalo Vasco Bruno Hugo Luís Diogo Rui Philippe Pierre François Jacques Olivier Nicolas Laurent Julien
    Thierry Mathieu Antoine Sébastien Guillaume Yves Benoît Étienne Frédéric Didier Gilles Hervé Arnaud
    Matej Janez Andrej Jure Primož Aljaž Blaž Gregor Tomaž Ivan Goran Dario Zoran Dragan Nenad Stjepan
    Mihai Andrei Bogdan Cristian Ionuț Radu Sorin Florin Adrian Vasile Oleksandr Oleksii Andrii Dmytro Serhii
    Mykola Volodymyr Yurii Taras Bohdan Vasyl Ihor Ostap Nikos Giorgos Dimitris Kostas Yannis Georgios Konstantinos
    Seán Ciarán Pádraig Eoin Cathal Declan Fergal
    """)

  private static func words(_ s: String) -> WordSet {
    WordSet(s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  }

  /// The name and its gender when `form` is one of the listed given names, written as listed; nil otherwise.
  /// - Complexity: O(1).
  static func lookup(_ form: String) -> (name: String, feminine: Bool)? {
    if feminine.contains(form) { return (form, true) }
    if masculine.contains(form) { return (form, false) }
    // Polish texts decline masculine foreign names: "Jürgena", "Jorisowi", "Dieterem".
    for suffix in ["owi", "em", "a", "ie", "u"] where form.hasSuffix(suffix) && form.count > suffix.count + 2 {
      let stem = String(form.dropLast(suffix.count))
      if masculine.contains(stem) { return (stem, false) }
    }
    return nil
  }
}
