"""A small hand-labelled gold set of news-like texts, French and English: the TUNING set.

Written for these tests (not taken from any corpus) and labelled by hand before the
system was run on them; the rules and cleanup were then developed against them, so
they are not held out (``gold_held_out.py`` is). Each entity is ``(surface, label)``
for every whole-word occurrence of ``surface`` not inside a longer gold entity, or
``(surface, label, n)`` for its n-th such occurrence only (0-based).

Conventions: DATE is a calendar reference (day, weekday, month, year, decade, with
its weekday and part of day: "dimanche soir", "15 au 17 avril"), never a duration
("trois heures") or a relative word ("hier"); cue words like "le", "en", "depuis"
are outside the span. TIME is a clock time. MONEY includes the currency and the
scale word. QUANTITY is a number with a unit, a percent sign or word, or a scale
word ("deux millions"); bare counts ("300 salariés", "45 points") are not entities.
Names: PERSON, ORG, PLACE as a reader means them in context (a football club is
an ORG even when named after its town).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities import EntityLabel

P, ORG, L = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE
D, T, M, Q = EntityLabel.DATE, EntityLabel.TIME, EntityLabel.MONEY, EntityLabel.QUANTITY

Entity = tuple[str, EntityLabel] | tuple[str, EntityLabel, int]


@dataclass(frozen=True)
class GoldText:
    name: str
    language: str
    text: str
    entities: tuple[Entity, ...]

    def spans(self) -> set[tuple[int, int, EntityLabel]]:
        """The gold entities as (start, end, label), longest surfaces resolved first."""
        taken: list[tuple[int, int]] = []
        result: set[tuple[int, int, EntityLabel]] = set()
        for entity in sorted(self.entities, key=lambda e: -len(e[0])):
            surface, label = entity[0], entity[1]
            wanted = entity[2] if len(entity) == 3 else None
            pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])")
            free = [
                m.span()
                for m in pattern.finditer(self.text)
                if not any(m.start() < e and s < m.end() for s, e in taken)
            ]
            if not free:
                raise ValueError(f"{self.name}: {surface!r} not found")
            chosen = free if wanted is None else [free[wanted]]
            for start, end in chosen:
                taken.append((start, end))
                result.add((start, end, label))
        return result


GOLD: tuple[GoldText, ...] = (
    GoldText(
        "fr-economie",
        "fr",
        "Le constructeur automobile Renault a annoncé mardi 14 mars 2023 un bénéfice net de "
        "2,1 milliards d’euros, en hausse de 12 % sur un an. Luca de Meo, directeur général "
        "du groupe, a salué « une performance historique » lors d’une conférence de presse à "
        "Boulogne-Billancourt. Selon de Meo, l’entreprise prévoit de vendre deux millions de "
        "véhicules en 2024. Le titre Renault a gagné 3,5 % à la Bourse de Paris vers 10h30. "
        "L’alliance avec Nissan, renégociée en février, reste au cœur de la stratégie.",
        (
            ("Renault", ORG),
            ("mardi 14 mars 2023", D),
            ("2,1 milliards d’euros", M),
            ("12 %", Q),
            ("Luca de Meo", P),
            ("Boulogne-Billancourt", L),
            ("de Meo", P),
            ("deux millions", Q),
            ("2024", D),
            ("3,5 %", Q),
            ("Bourse de Paris", ORG),
            ("10h30", T),
            ("Nissan", ORG),
            ("février", D),
        ),
    ),
    GoldText(
        "fr-europe",
        "fr",
        "Le président ukrainien Volodymyr Zelensky s’est rendu jeudi à Bruxelles, où il a "
        "rencontré Ursula von der Leyen, présidente de la Commission européenne. Les États "
        "membres ont promis une aide de 50 milliards d’euros d’ici 2027. « L’Europe ne nous "
        "abandonnera pas », a déclaré Zelensky devant le Parlement européen. La veille, le "
        "chancelier allemand Olaf Scholz avait appelé Moscou à retirer ses troupes. Le sommet "
        "de l’OTAN prévu le 9 juillet à Washington devrait aborder la question.",
        (
            ("Volodymyr Zelensky", P),
            ("Zelensky", P),
            ("jeudi", D),
            ("Bruxelles", L),
            ("Ursula von der Leyen", P),
            ("Commission européenne", ORG),
            ("50 milliards d’euros", M),
            ("2027", D),
            ("Europe", L),
            ("Parlement européen", ORG),
            ("Olaf Scholz", P),
            ("Moscou", L),
            ("OTAN", ORG),
            ("9 juillet", D),
            ("Washington", L),
        ),
    ),
    GoldText(
        "fr-orage",
        "fr",
        "Un violent orage a frappé Lyon dans la nuit de samedi à dimanche, provoquant des "
        "inondations dans plusieurs quartiers. Météo-France avait placé le Rhône en vigilance "
        "orange dès vendredi à 16 heures. Il est tombé jusqu’à 80 millimètres de pluie en "
        "trois heures, selon le service météorologique. Les pompiers sont intervenus à plus de "
        "300 reprises. Le maire Grégory Doucet a annoncé le déblocage d’une enveloppe "
        "d’urgence de 1,5 million d’euros. La SNCF a interrompu le trafic entre Lyon et "
        "Saint-Étienne jusqu’à lundi 8 h.",
        (
            ("Lyon", L),
            ("samedi", D),
            ("dimanche", D),
            ("Météo-France", ORG),
            ("Rhône", L),
            ("vendredi", D),
            ("16 heures", T),
            ("80 millimètres", Q),
            ("Grégory Doucet", P),
            ("1,5 million d’euros", M),
            ("SNCF", ORG),
            ("Saint-Étienne", L),
            ("lundi", D),
            ("8 h", T),
        ),
    ),
    GoldText(
        "fr-tech",
        "fr",
        "La start-up parisienne Mistral AI a levé 600 millions d’euros auprès d’investisseurs "
        "dont Microsoft et Nvidia, a-t-on appris le 11 juin 2024. Fondée en 2023 par Arthur "
        "Mensch, ancien chercheur de Google DeepMind, la société est valorisée à près de 6 "
        "milliards de dollars. Arthur Mensch a expliqué que les fonds serviraient à construire "
        "un centre de calcul de 40 mégawatts en Essonne. Mensch a aussi confirmé l’ouverture "
        "d’un bureau à San Francisco avant la fin de l’année.",
        (
            ("Mistral AI", ORG),
            ("600 millions d’euros", M),
            ("Microsoft", ORG),
            ("Nvidia", ORG),
            ("11 juin 2024", D),
            ("2023", D),
            ("Arthur Mensch", P),
            ("Mensch", P),
            ("Google DeepMind", ORG),
            ("6 milliards de dollars", M),
            ("40 mégawatts", Q),
            ("Essonne", L),
            ("San Francisco", L),
        ),
    ),
    GoldText(
        "fr-football",
        "fr",
        "Le Paris Saint-Germain s’est imposé 3-1 face à l’Olympique de Marseille dimanche soir "
        "au Parc des Princes. Kylian Mbappé a inscrit un doublé avant la pause, puis Ousmane "
        "Dembélé a scellé la victoire à la 78e minute. L’entraîneur Luis Enrique s’est "
        "félicité de la réaction de son équipe. Avec 45 points, le club de la capitale compte "
        "désormais huit longueurs d’avance sur Monaco. Le prochain match aura lieu le samedi 2 "
        "mars à 21 heures à Lille.",
        (
            ("Paris Saint-Germain", ORG),
            ("Olympique de Marseille", ORG),
            ("dimanche soir", D),
            ("Parc des Princes", L),
            ("Kylian Mbappé", P),
            ("Ousmane Dembélé", P),
            ("Luis Enrique", P),
            ("Monaco", ORG),
            ("samedi 2 mars", D),
            ("21 heures", T),
            ("Lille", L),
        ),
    ),
    GoldText(
        "fr-sante",
        "fr",
        "L’Organisation mondiale de la santé (OMS) a alerté mercredi sur la progression de la "
        "dengue en Amérique latine, où plus de 5 millions de cas ont été recensés depuis "
        "janvier. Au Brésil, le ministère de la Santé a déclaré l’état d’urgence dans l’État "
        "de Rio de Janeiro. Selon le docteur Tedros Adhanom Ghebreyesus, directeur général de "
        "l’OMS, le réchauffement climatique favorise la prolifération du moustique. Une "
        "réunion d’experts se tiendra à Genève du 15 au 17 avril.",
        (
            ("Organisation mondiale de la santé", ORG),
            ("OMS", ORG),
            ("mercredi", D),
            ("Amérique latine", L),
            ("5 millions", Q),
            ("janvier", D),
            ("Brésil", L),
            ("ministère de la Santé", ORG),
            ("Rio de Janeiro", L),
            ("Tedros Adhanom Ghebreyesus", P),
            ("Genève", L),
            ("15 au 17 avril", D),
        ),
    ),
    GoldText(
        "fr-justice",
        "fr",
        "Le tribunal correctionnel de Paris a condamné jeudi l’ancien ministre Jérôme Cahuzac "
        "à deux ans de prison ferme pour fraude fiscale. L’ancien ministre avait dissimulé près "
        "de 600 000 euros sur un compte en Suisse, selon l’enquête du Parquet national "
        "financier (PNF). Son avocat, Me Jean Veil, a annoncé qu’il ferait appel. Cahuzac "
        "avait démissionné du gouvernement le 19 mars 2013.",
        (
            ("tribunal correctionnel de Paris", ORG),
            ("jeudi", D),
            ("Jérôme Cahuzac", P),
            ("600 000 euros", M),
            ("Suisse", L),
            ("Parquet national financier", ORG),
            ("PNF", ORG),
            ("Jean Veil", P),
            ("Cahuzac", P),
            ("19 mars 2013", D),
        ),
    ),
    GoldText(
        "fr-cinema",
        "fr",
        "Le Festival de Cannes a dévoilé mercredi la sélection de sa 77e édition, qui se "
        "tiendra du 14 au 25 mai sur la Croisette. Le président du jury, l’actrice américaine "
        "Greta Gerwig, succède à Ruben Östlund. Parmi les films attendus figure le nouveau "
        "long-métrage de Francis Ford Coppola, financé à hauteur de 120 millions de dollars. "
        "Thierry Frémaux, délégué général du festival, a indiqué que 22 films étaient en "
        "compétition.",
        (
            ("Festival de Cannes", EntityLabel.MISC),
            ("mercredi", D),
            ("14 au 25 mai", D),
            ("Croisette", L),
            ("Greta Gerwig", P),
            ("Ruben Östlund", P),
            ("Francis Ford Coppola", P),
            ("120 millions de dollars", M),
            ("Thierry Frémaux", P),
        ),
    ),
    GoldText(
        "fr-energie",
        "fr",
        "EDF a confirmé vendredi le redémarrage du réacteur numéro 2 de la centrale de "
        "Flamanville, dans la Manche, après douze ans de travaux. Le chantier de l’EPR a coûté "
        "13,2 milliards d’euros, soit quatre fois le budget initial, d’après la Cour des "
        "comptes. Le réacteur, d’une puissance de 1 600 MW, devrait atteindre sa pleine "
        "capacité à l’été 2025. Luc Rémont, PDG d’EDF, s’est dit « fier des équipes ».",
        (
            ("EDF", ORG),
            ("vendredi", D),
            ("Flamanville", L),
            ("Manche", L),
            ("EPR", EntityLabel.MISC),
            ("13,2 milliards d’euros", M),
            ("Cour des comptes", ORG),
            ("1 600 MW", Q),
            ("été 2025", D),
            ("Luc Rémont", P),
        ),
    ),
    GoldText(
        "en-markets",
        "en",
        "Shares of Tesla fell 4.2% on Tuesday, Oct. 24, 2023, after the carmaker reported "
        "quarterly revenue of $23.4 billion. Chief executive Elon Musk told analysts on a call "
        "at 5:30 p.m. ET that the company would spend about $10 billion on new factories. The "
        "stock has lost roughly 15 percent since September.",
        (
            ("Tesla", ORG),
            ("4.2%", Q),
            ("Tuesday, Oct. 24, 2023", D),
            ("$23.4 billion", M),
            ("Elon Musk", P),
            ("5:30 p.m. ET", T),
            ("$10 billion", M),
            ("15 percent", Q),
            ("September", D),
        ),
    ),
    GoldText(
        "en-quake",
        "en",
        "A magnitude 6.1 earthquake struck central Italy at 03:36 local time on Aug. 24, "
        "killing at least 290 people. The quake was felt 150 km away in Rome. The government "
        "released 50 million euros in emergency funds on Thursday, and Prime Minister Matteo "
        "Renzi visited the town of Amatrice, where the mayor said half the town was gone.",
        (
            ("Italy", L),
            ("03:36", T),
            ("Aug. 24", D),
            ("150 km", Q),
            ("Rome", L),
            ("50 million euros", M),
            ("Thursday", D),
            ("Matteo Renzi", P),
            ("Amatrice", L),
        ),
    ),
    GoldText(
        "en-transit",
        "en",
        "The city council voted on 11/26/2026 to extend the light-rail line by 12 miles at a "
        "cost of $1.2 billion. Construction is expected to begin in 2027 and finish by March "
        "2031. Officials said ridership had grown by 30% since the 1990s, and that trains "
        "would run every 10 minutes from 5 am.",
        (
            ("11/26/2026", D),
            ("12 miles", Q),
            ("$1.2 billion", M),
            ("2027", D),
            ("March 2031", D),
            ("30%", Q),
            ("1990s", D),
            ("5 am", T),
        ),
    ),
    GoldText(
        "en-energy",
        "en",
        "Global oil demand will rise by 1.3 million barrels a day in 2025, the International "
        "Energy Agency said on Wednesday. Brent crude traded at $82.40 a barrel at 14:05 GMT, "
        "while gold rose 0.5% to $2,350 an ounce. Analysts at Goldman Sachs expect prices to "
        "average $85 in the second half of the year.",
        (
            ("1.3 million barrels", Q),
            ("2025", D),
            ("International Energy Agency", ORG),
            ("Wednesday", D),
            ("$82.40", M),
            ("14:05 GMT", T),
            ("0.5%", Q),
            ("$2,350", M),
            ("Goldman Sachs", ORG),
            ("$85", M),
        ),
    ),
)
